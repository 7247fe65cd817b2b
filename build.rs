//! Generates the parser from grammar/python.lalrpop into $OUT_DIR.
fn main() {
    lalrpop::Configuration::new().set_in_dir("grammar").emit_rerun_directives(true).process().expect("lalrpop failed to process grammar/");
}
