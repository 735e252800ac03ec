// Package: nanoFramework.System.IO.Ports 1.1.139
// Assembly: System.IO.Ports
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.IO.Ports: SerialPort(string, int, Parity, int, StopBits), Open(), Close(), IsOpen,
// ReadTimeout, BytesToRead, Read(byte[], int, int), Write(byte[], int, int), Dispose() (SerialPort.cs); Parity
// (Parity.cs); StopBits (StopBits.cs). Read's TimeoutException is mscorlib's System.TimeoutException.
// Bodies throw; never shipped or run.
namespace System.IO.Ports
{
    public sealed class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One) => throw new NotImplementedException();

        public void Open() => throw new NotImplementedException();

        public void Close() => throw new NotImplementedException();

        public bool IsOpen => throw new NotImplementedException();

        public int ReadTimeout
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public int BytesToRead => throw new NotImplementedException();

        public int Read(byte[] buffer, int offset, int count) => throw new NotImplementedException();

        public void Write(byte[] buffer, int offset, int count) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public enum Parity
    {
        None = 0,
        Odd = 1,
        Even = 2
    }

    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3
    }
}
