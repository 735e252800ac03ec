// Package: nanoFramework.Hardware.Esp32 1.6.42
// Assembly: nanoFramework.Hardware.Esp32
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/nanoFramework.Hardware.Esp32: Configuration.SetPinFunction(int, DeviceFunction)
// (Configuration.cs); the DeviceFunction members used, with their upstream values (DeviceTypePins.cs:
// DeviceTypes.SERIAL/PWM/I2S * 0x10000 + index * 0x100 + function; PWM1 = PWM + 1 * DeviceIndex + 0); HighResTimer.GetCurrent()
// (HighResTimer.cs); Sleep.EnableWakeupByPin(WakeupGpioPin, int), StartLightSleep(), StartDeepSleep(),
// GetWakeupCause(), WakeupGpioPin, WakeupCause (Sleep.cs); EspNativeError.OK (Errors.cs);
// NativeMemory.GetMemoryInfo(MemoryType, out uint, out uint, out uint) (NativeMemory.cs). Bodies throw.
namespace nanoFramework.Hardware.Esp32
{
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) => throw new System.NotImplementedException();
    }

    public enum DeviceFunction
    {
        COM2_TX = 0x30200,
        COM2_RX = 0x30201,
        PWM1 = 0x40100,
        I2S1_BCK = 0x60101,
        I2S1_WS = 0x60102,
        I2S1_MDATA_IN = 0x60104,
    }

    public class HighResTimer
    {
        private HighResTimer() => throw new System.NotImplementedException();

        public static System.UInt64 GetCurrent() => throw new System.NotImplementedException();
    }

    public class Sleep
    {
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
            Ulp,
            Gpio,
            Uart
        }

        [System.Flags]
        public enum WakeupGpioPin : System.UInt64
        {
            None = 0,
        }

        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level) => throw new System.NotImplementedException();

        public static EspNativeError StartLightSleep() => throw new System.NotImplementedException();

        public static void StartDeepSleep() => throw new System.NotImplementedException();

        public static WakeupCause GetWakeupCause() => throw new System.NotImplementedException();
    }

    public enum EspNativeError : System.Int32
    {
        OK = 0,
    }

    public class NativeMemory
    {
        public enum MemoryType
        {
            All,
            Internal,
            SpiRam
        }

        public static void GetMemoryInfo(MemoryType memType, out System.UInt32 totalSize, out System.UInt32 totalFreeSize, out System.UInt32 largestFreeBlock) => throw new System.NotImplementedException();
    }
}
