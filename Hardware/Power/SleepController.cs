using System.Diagnostics;
using nanoFramework.Hardware.Esp32;

namespace GlassesFirmware.Hardware.Power
{
    /// <summary>
    /// Light and deep sleep with the trigger button as wake source (ext0, level low: the button pulls the pin to
    /// ground). The button GPIO must be an RTC GPIO, which the board check enforces. Light sleep needs Wi-Fi and
    /// BLE stopped first (ESP-IDF refuses otherwise): the composition stops the links before calling it.
    /// </summary>
    public sealed class SleepController
    {
        private readonly int _buttonGpio;

        /// <summary>Wakes on <paramref name="buttonGpio"/> going low.</summary>
        public SleepController(int buttonGpio)
        {
            _buttonGpio = buttonGpio;
        }

        /// <summary>Why this boot happened (Sleep.WakeupCause as a number: 0 power-on or reset, 2 the button after deep sleep).</summary>
        public static int WakeCause
        {
            get { return (int)Sleep.GetWakeupCause(); }
        }

        /// <summary>Sleeps until the button is pressed; returns false (at once) when the chip refused to sleep.</summary>
        public bool LightSleepUntilButton()
        {
            if (!Arm())
            {
                return false;
            }

            EspNativeError error = Sleep.StartLightSleep();
            if (error != EspNativeError.OK)
            {
                Debug.WriteLine("light sleep refused: " + ((int)error).ToString());
                return false;
            }

            return true;
        }

        /// <summary>Powers down until the button is pressed; the chip then boots afresh. Does not return on success.</summary>
        public void DeepSleepUntilButton()
        {
            if (Arm())
            {
                Sleep.StartDeepSleep();
            }
        }

        private bool Arm()
        {
            if (_buttonGpio < 0)
            {
                return false;
            }

            EspNativeError error = Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)(1UL << _buttonGpio), 0);
            if (error != EspNativeError.OK)
            {
                Debug.WriteLine("button wake not armed: " + ((int)error).ToString());
                return false;
            }

            return true;
        }
    }
}
