// Package: nanoFramework.System.Device.Pwm 1.1.23
// Assembly: System.Device.Pwm
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Device.Pwm (System.Device.Pwm/PwmChannel.cs): CreateFromPin(int, int, double),
// DutyCycle, Start(), Dispose(). Bodies throw; never shipped or run.
namespace System.Device.Pwm
{
    public sealed class PwmChannel : IDisposable
    {
        private PwmChannel() => throw new NotImplementedException();

        public double DutyCycle
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public void Start() => throw new NotImplementedException();

        public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
