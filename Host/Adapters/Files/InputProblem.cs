namespace GlassesFirmware.Host.Adapters.Files
{
    /// <summary>Why an input file given on the command line (a picture, a clip, a configuration, a script) cannot be used.</summary>
    public enum InputProblem
    {
        /// <summary>No file at that path.</summary>
        NotFound,

        /// <summary>The path names a directory where a file was expected.</summary>
        IsDirectory,

        /// <summary>The path names a file where a folder was expected (<c>--data</c>, <c>--annotate</c>).</summary>
        NotAFolder,

        /// <summary>A folder given as input holds no file the command reads.</summary>
        EmptyFolder,

        /// <summary>The operating system refused to open it.</summary>
        Denied,

        /// <summary>Larger than the command reads (the cap keeps memory bounded).</summary>
        FileTooLarge,

        /// <summary>Reading failed part-way (a device or network error).</summary>
        ReadFailed,

        /// <summary>Not a PNG, JPEG or PGM picture.</summary>
        NotAnImage,

        /// <summary>A picture whose header claims more pixels than the decoder takes (checked before decoding).</summary>
        ImageTooLarge,

        /// <summary>A picture whose data ends early.</summary>
        Truncated,

        /// <summary>A picture whose data is damaged.</summary>
        Corrupt,
    }
}
