// Package: nanoFramework.System.Device.Adc 1.1.24
// Assembly: System.Device.Adc
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Device.Adc: AdcController(), MaxValue, OpenChannel(Int32) (AdcController.cs);
// AdcChannel.ReadValue() (AdcChannel.cs, declared abstract in AdcChannelBase.cs). Bodies throw.
namespace System.Device.Adc
{
    public abstract class AdcControllerBase
    {
        public abstract int MaxValue { get; }

        public abstract AdcChannel OpenChannel(Int32 channelNumber);
    }

    public class AdcController : AdcControllerBase
    {
        public AdcController() => throw new NotImplementedException();

        public override int MaxValue => throw new NotImplementedException();

        public override AdcChannel OpenChannel(Int32 channelNumber) => throw new NotImplementedException();
    }

    public abstract class AdcChannelBase
    {
        public abstract int ReadValue();
    }

    public class AdcChannel : AdcChannelBase, IDisposable
    {
        private AdcChannel() => throw new NotImplementedException();

        public override int ReadValue() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
