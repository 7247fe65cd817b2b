//! multiprocessing when things go wrong, through the real binary: Ctrl-C sent to a program's
//! process group leaves no Manager server behind and removes its socket directory, and a peer
//! that announces a huge message before authenticating is cut off without the server reading
//! (or allocating) what it announced. Every wait polls against a bounded deadline.

use nix::sys::signal::{Signal, kill, killpg};
use nix::unistd::Pid;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(30);

/// A script in a folder of its own, removed when the test ends (however it ends).
struct TempScript {
    dir: std::path::PathBuf,
    path: std::path::PathBuf,
}

impl Drop for TempScript {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn temp_script(name: &str, source: &str) -> TempScript {
    let dir = std::env::temp_dir().join(format!("gilpy-mp-reliability-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).unwrap();
    TempScript { dir, path }
}

/// Starts gilpy on `script` as the leader of a new process group (as a shell runs a job).
fn start(script: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(script)
        .env_remove("GILPY_GIL")
        .env_remove("GILPY_SWITCH_INTERVAL")
        .process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The lines the child prints, read on a thread so that each can be waited for with a deadline.
fn lines(child: &mut Child) -> mpsc::Receiver<String> {
    let out = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn next_line(rx: &mpsc::Receiver<String>, child: &mut Child) -> String {
    match rx.recv_timeout(DEADLINE) {
        Ok(line) => line,
        Err(e) => {
            let _ = child.kill();
            let mut err = String::new();
            if let Some(mut s) = child.stderr.take() {
                let _ = s.read_to_string(&mut err);
            }
            panic!("no line from the script ({e}); stderr: {err}");
        }
    }
}

/// Whether `pid` is gone (or only a zombie waiting to be reaped by init).
fn gone(pid: i32) -> bool {
    if kill(Pid::from_raw(pid), None).is_err() {
        return true;
    }
    std::fs::read_to_string(format!("/proc/{pid}/stat")).map(|s| s.rsplit(')').next().unwrap_or("").trim_start().starts_with('Z')).unwrap_or(true)
}

/// Polls `done` until it holds or the deadline passes.
fn eventually(mut done: impl FnMut() -> bool) -> bool {
    let until = Instant::now() + DEADLINE;
    while Instant::now() < until {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    done()
}

fn wait_exit(child: &mut Child) -> Option<std::process::ExitStatus> {
    let mut status = None;
    eventually(|| {
        status = child.try_wait().unwrap();
        status.is_some()
    });
    status
}

const BLOCKED_ON_A_MANAGER: &str = r#"
import multiprocessing as mp, os
if __name__ == '__main__':
    m = mp.Manager()
    q = m.Queue()
    print(m._process.pid, os.path.dirname(m.address), flush=True)
    q.get()
"#;

#[test]
fn ctrl_c_leaves_no_manager_server_and_no_socket_directory() {
    let script = temp_script("ctrl_c_manager", BLOCKED_ON_A_MANAGER);
    let mut child = start(&script.path);
    let rx = lines(&mut child);
    let line = next_line(&rx, &mut child);
    let (server, dir) = line.split_once(' ').unwrap_or_else(|| panic!("unexpected line {line:?}"));
    let server: i32 = server.parse().unwrap();
    assert!(std::path::Path::new(dir).is_dir(), "the socket directory {dir} should exist while the manager runs");
    // Ctrl-C at a terminal: SIGINT to the whole process group (the program and its server).
    killpg(Pid::from_raw(child.id() as i32), Signal::SIGINT).unwrap();
    let status = wait_exit(&mut child);
    let server_gone = eventually(|| gone(server));
    if !server_gone {
        let _ = kill(Pid::from_raw(server), Signal::SIGKILL);
    }
    assert!(status.is_some(), "the program did not exit after Ctrl-C");
    let status = status.unwrap();
    assert_eq!(std::os::unix::process::ExitStatusExt::signal(&status), Some(2), "a program ended by Ctrl-C dies by SIGINT, as CPython's: {status:?}");
    assert!(server_gone, "the manager's server process {server} outlived its program");
    assert!(eventually(|| !std::path::Path::new(dir).exists()), "the socket directory {dir} was left behind");
}

const MANAGER_WAITING_FOR_STDIN: &str = r#"
import multiprocessing as mp, sys
if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict(k=1)
        print(m._process.pid, m.address, flush=True)
        sys.stdin.readline()
        print('still serving', d['k'], flush=True)
"#;

/// Reads a message framed as the manager frames them (a 4-byte big-endian length).
fn read_frame(s: &mut UnixStream) -> Vec<u8> {
    let mut len = [0u8; 4];
    s.read_exact(&mut len).unwrap();
    let mut buf = vec![0u8; u32::from_be_bytes(len) as usize];
    s.read_exact(&mut buf).unwrap();
    buf
}

fn peak_virtual_kib(pid: i32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let line = status.lines().find(|l| l.starts_with("VmPeak:")).unwrap_or("VmPeak: 0 kB");
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0)
}

#[test]
fn unauthenticated_peer_cannot_make_the_manager_read_a_huge_message() {
    let script = temp_script("huge_length", MANAGER_WAITING_FOR_STDIN);
    let mut child = start(&script.path);
    let rx = lines(&mut child);
    let line = next_line(&rx, &mut child);
    let (server, address) = line.split_once(' ').unwrap_or_else(|| panic!("unexpected line {line:?}"));
    let server: i32 = server.parse().unwrap();

    let mut peer = UnixStream::connect(address).unwrap();
    peer.set_read_timeout(Some(DEADLINE)).unwrap();
    let challenge = read_frame(&mut peer);
    assert!(challenge.starts_with(b"#CHALLENGE#"), "{challenge:?}");
    // Announce a message of 4 GiB - 1 and send nothing more.
    peer.write_all(&[0xff, 0xff, 0xff, 0xff]).unwrap();
    let mut rest = Vec::new();
    let closed = match peer.read_to_end(&mut rest) {
        Ok(_) => true,
        Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset,
    };
    let peak = peak_virtual_kib(server);

    child.stdin.take().unwrap().write_all(b"go\n").unwrap();
    let answer = next_line(&rx, &mut child);
    let status = wait_exit(&mut child);
    if status.is_none() {
        let _ = child.kill();
    }
    assert!(closed, "the server kept the connection open, waiting for the 4 GiB it was promised");
    assert!(peak < 2 * 1024 * 1024, "the server reserved {peak} KiB after the huge length");
    assert_eq!(answer, "still serving 1");
    assert_eq!(status.and_then(|s| s.code()), Some(0));
    assert!(eventually(|| gone(server)), "the manager's server outlived its program");
}
