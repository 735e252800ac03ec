using System.IO;

namespace GlassesFirmware.Host.Adapters.Files
{
    /// <summary>
    /// Creates a folder named on the command line for a command's records or pictures (<c>--data</c>,
    /// <c>--annotate</c>), naming a file in its place as such rather than .NET's "The file … already exists".
    /// </summary>
    public static class OutputFolder
    {
        /// <summary>Creates <paramref name="path"/> (and its parents) unless it exists; throws <see cref="InputFileException"/> when a file is in the way.</summary>
        public static void Create(string path)
        {
            if (File.Exists(path))
            {
                throw new InputFileException(path, InputProblem.NotAFolder, "is a file, not a folder");
            }

            Directory.CreateDirectory(path);
        }
    }
}
