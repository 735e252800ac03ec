// Package: nanoFramework.Runtime.Events 1.11.39
// Assembly: nanoFramework.Runtime.Events
// Compile-only stand-in. Hardware references this package because System.Device.Gpio and
// nanoFramework.Hardware.Esp32 dispatch their native events through it at run time; no member of it is used
// by this project's code. It mirrors only BaseEvent, the base class of Gpio's PinValueChangedEventArgs
// (Runtime.Events/BaseEvent.cs). Never shipped or run.
namespace nanoFramework.Runtime.Events
{
    public class BaseEvent
    {
    }
}
