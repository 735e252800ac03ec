using System;
using System.IO;

namespace GlassesFirmware.Host.Adapters.Files
{
    /// <summary>
    /// Reads a whole input file named on the command line, refusing with a typed <see cref="InputFileException"/>
    /// what the operating system reports obscurely: a directory ("Access to the path is denied" on .NET), a missing
    /// file, a file larger than the caller's cap (checked before reading, so memory stays bounded).
    /// </summary>
    public static class InputFile
    {
        /// <summary>The default cap: pictures, clips, configurations and scripts are far smaller.</summary>
        public const long DefaultMaxBytes = 64L * 1024 * 1024;

        /// <summary>The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/> of them.</summary>
        public static byte[] ReadAllBytes(string path, long maxBytes = DefaultMaxBytes)
        {
            if (Directory.Exists(path))
            {
                throw new InputFileException(path, InputProblem.IsDirectory, "is a directory, not a file");
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                // Devices and pipes report no length: read up to the cap and one byte more to tell.
                long length = stream.CanSeek ? stream.Length : -1;
                if (length > maxBytes)
                {
                    throw TooLarge(path, length, maxBytes);
                }

                var buffer = new MemoryStream(length >= 0 ? (int)length : 0);
                byte[] block = new byte[81920];
                int read;
                while ((read = stream.Read(block, 0, block.Length)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        throw TooLarge(path, -1, maxBytes);
                    }

                    buffer.Write(block, 0, read);
                }

                return buffer.ToArray();
            }
            catch (FileNotFoundException)
            {
                throw new InputFileException(path, InputProblem.NotFound, "no such file");
            }
            catch (DirectoryNotFoundException)
            {
                throw new InputFileException(path, InputProblem.NotFound, "no such file (the folder does not exist)");
            }
            catch (UnauthorizedAccessException)
            {
                throw new InputFileException(path, InputProblem.Denied, "permission denied");
            }
            catch (IOException e) when (e is not InputFileException)
            {
                throw new InputFileException(path, InputProblem.ReadFailed, "cannot be read: " + e.Message);
            }
        }

        /// <summary>The text of a UTF-8 input file (see <see cref="ReadAllBytes"/>).</summary>
        public static string ReadAllText(string path, long maxBytes = DefaultMaxBytes)
        {
            // As File.ReadAllText: UTF-8 unless a byte-order mark says otherwise.
            using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, maxBytes)), System.Text.Encoding.UTF8, true);
            return reader.ReadToEnd();
        }

        private static InputFileException TooLarge(string path, long length, long maxBytes) =>
            new InputFileException(path, InputProblem.FileTooLarge, (length >= 0 ? length + " bytes" : "more than " + maxBytes + " bytes")
                + ": larger than the " + maxBytes / (1024 * 1024) + " MiB this command reads");
    }
}
