mod ast;
mod lexer;
mod parser;
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    match parser::parse_module(&src) {
        Ok(m) => println!("{} statements", m.len()),
        Err(e) => println!("{e:?}"),
    }
}
