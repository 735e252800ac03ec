// Package: nanoFramework.System.IO.Streams 1.1.96
// Assembly: System.IO.Streams
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.IO.Streams (System.IO.Streams/Stream.cs: Length, Read, Write, Flush, Dispose). Bodies
// throw; never shipped or run.
namespace System.IO
{
    [Serializable]
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract long Length { get; }

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);

        public abstract void Flush();

        public void Dispose() => throw new NotImplementedException();
    }
}
