// Package: nanoFramework.System.Device.Gpio 1.1.62
// Assembly: System.Device.Gpio
// References: nanoFramework.Runtime.Events
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Device.Gpio: GpioController() and OpenPin(int, PinMode) (GpioController.cs);
// GpioPin.Read(), Write(PinValue), SetPinMode(PinMode), ValueChanged, Dispose() and PinValueChangedEventHandler
// (GpioPin.cs);
// PinMode (PinMode.cs); PinValue with High, Low and the bool conversion (PinValue.cs); PinEventTypes;
// PinValueChangedEventArgs.ChangeType (PinValueChangedEventArgs.cs). Bodies throw; never shipped or run.
namespace System.Device.Gpio
{
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioController
    {
        public GpioController() => throw new NotImplementedException();

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw new NotImplementedException();
    }

    public sealed class GpioPin : IDisposable
    {
        private GpioPin() => throw new NotImplementedException();

        public event PinValueChangedEventHandler ValueChanged
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }

        public PinValue Read() => throw new NotImplementedException();

        public void Write(PinValue value) => throw new NotImplementedException();

        public void SetPinMode(PinMode value) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown
    }

    public readonly struct PinValue
    {
        public static PinValue High => throw new NotImplementedException();

        public static PinValue Low => throw new NotImplementedException();

        public static implicit operator PinValue(bool value) => throw new NotImplementedException();

        public static explicit operator bool(PinValue value) => throw new NotImplementedException();
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2
    }

    public class PinValueChangedEventArgs : nanoFramework.Runtime.Events.BaseEvent
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) => throw new NotImplementedException();

        public PinEventTypes ChangeType => throw new NotImplementedException();
    }
}
