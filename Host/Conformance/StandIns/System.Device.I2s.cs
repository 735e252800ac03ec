// Package: nanoFramework.System.Device.I2s 1.0.28
// Assembly: System.Device.I2s
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Device.I2s: I2sDevice(I2sConnectionSettings), Read(SpanByte), Dispose() (I2sDevice.cs);
// I2sConnectionSettings(int busId), Mode, BitsPerSample, ChannelFormat, CommunicationFormat, SampleRate,
// BufferSize (I2sConnectionSettings.cs); I2sMode, I2sBitsPerSample, I2sChannelFormat, I2sCommunicationFormat.
// Bodies throw; never shipped or run.
namespace System.Device.I2s
{
    public class I2sDevice : IDisposable
    {
        public I2sDevice(I2sConnectionSettings settings) => throw new NotImplementedException();

        public void Read(SpanByte buffer) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public class I2sConnectionSettings
    {
        public I2sConnectionSettings(int busId) => throw new NotImplementedException();

        public I2sMode Mode
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public I2sBitsPerSample BitsPerSample
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public I2sChannelFormat ChannelFormat
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public I2sCommunicationFormat CommunicationFormat
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public int SampleRate
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public int BufferSize
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }
    }

    [Flags]
    public enum I2sMode
    {
        Master = 1,
        Slave = 2,
        Tx = 4,
        Rx = 8,
        DacBuiltIn = 16,
        AdcBuiltIn = 32,
        Pdm = 64
    }

    public enum I2sBitsPerSample
    {
        Bit8 = 8,
        Bit16 = 16,
        Bit24 = 24,
        Bit32 = 32
    }

    public enum I2sChannelFormat
    {
        RightLeft = 0,
        AllRight,
        AllLeft,
        OnlyRight,
        OnlyLeft
    }

    public enum I2sCommunicationFormat
    {
        I2S = 1,
        Msb = 3,
        PcmShort = 4,
        PcmLong = 12,
        Max
    }
}
