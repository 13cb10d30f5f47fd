/// The version of `pipe`, in one place: `pipe --version` prints it and the run record of `-o FILE`
/// (`RunRecord`) stores it, so `--resume` notices a different program.
public enum PipeVersion {
    public static let current = "0.1.0"
}
