// Package: nanoFramework.System.IO.FileSystem 1.1.93
// Assembly: System.IO.FileSystem
// References: nanoFramework.System.IO.Streams
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.IO.FileSystem (File.cs: Exists, Delete; FileStream.cs: FileStream(string, FileMode,
// FileAccess), Length, Read, Write, Flush; FileMode.cs; FileAccess.cs). Bodies throw.
namespace System.IO
{
    public static class File
    {
        public static bool Exists(string path) => throw new NotImplementedException();

        public static void Delete(string path) => throw new NotImplementedException();
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) => throw new NotImplementedException();

        public override long Length => throw new NotImplementedException();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotImplementedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotImplementedException();

        public override void Flush() => throw new NotImplementedException();
    }

    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3
    }
}
