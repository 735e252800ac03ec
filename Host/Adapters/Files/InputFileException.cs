using System.IO;

namespace GlassesFirmware.Host.Adapters.Files
{
    /// <summary>
    /// An input file that cannot be used, with the <see cref="InputProblem"/> that says why. An
    /// <see cref="IOException"/>, so every command that already reports I/O errors reports it too.
    /// </summary>
    public sealed class InputFileException : IOException
    {
        /// <summary>The path and a sentence on <paramref name="problem"/> form the message.</summary>
        public InputFileException(string path, InputProblem problem, string detail)
            : base(path + ": " + detail)
        {
            Path = path;
            Problem = problem;
            Detail = detail;
        }

        /// <summary>The path as given.</summary>
        public string Path { get; }

        /// <summary>The sentence on the problem, without the path.</summary>
        public string Detail { get; }

        /// <summary>Why it cannot be used.</summary>
        public InputProblem Problem { get; }

        /// <summary>The problem as a kebab-case word for JSON output (<c>is-a-directory</c>, <c>image-too-large</c>...).</summary>
        public string ProblemName => Name(Problem);

        /// <summary>The kebab-case word for <paramref name="problem"/>.</summary>
        public static string Name(InputProblem problem) => problem switch
        {
            InputProblem.NotFound => "not-found",
            InputProblem.IsDirectory => "is-a-directory",
            InputProblem.NotAFolder => "not-a-folder",
            InputProblem.EmptyFolder => "empty-folder",
            InputProblem.Denied => "denied",
            InputProblem.FileTooLarge => "file-too-large",
            InputProblem.ReadFailed => "read-failed",
            InputProblem.NotAnImage => "not-an-image",
            InputProblem.ImageTooLarge => "image-too-large",
            InputProblem.Truncated => "truncated",
            InputProblem.Corrupt => "corrupt",
            _ => ((int)problem).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
