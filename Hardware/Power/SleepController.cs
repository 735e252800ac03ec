using System;
using System.Diagnostics;
using nanoFramework.Hardware.Esp32;

namespace GlassesFirmware.Hardware.Power
{
    /// <summary>
    /// Light and deep sleep with the trigger button as wake source (ext0, level low: the button pulls the pin to
    /// ground). The button GPIO must be an RTC GPIO (ESP32: 0, 2, 4, 12-15, 25-27, 32-39; ESP32-S3: 0-21), which
    /// the board check enforces; esp_sleep_enable_ext0_wakeup refuses any other pin. Light sleep needs Wi-Fi and
    /// BLE stopped first: the composition stops the links before calling it. Calls never throw.
    /// </summary>
    public sealed class SleepController
    {
        private readonly int _buttonGpio;

        /// <summary>Wakes on <paramref name="buttonGpio"/> going low.</summary>
        public SleepController(int buttonGpio)
        {
            _buttonGpio = buttonGpio;
        }

        /// <summary>
        /// Why this boot happened (Sleep.WakeupCause as a number: 0 power-on or reset, 2 the button after deep
        /// sleep), or -1 when it cannot be read.
        /// </summary>
        public static int WakeCause
        {
            get
            {
                try
                {
                    return (int)Sleep.GetWakeupCause();
                }
                catch (Exception e)
                {
                    Debug.WriteLine("wake cause unavailable: " + e.Message);
                    return -1;
                }
            }
        }

        /// <summary>
        /// Sleeps until the button is pressed; returns false (at once) when the chip refused to sleep. The ext0
        /// wake leaves the button pad routed to the RTC IO mux: the caller re-arms the button afterwards
        /// (GpioButton.Rearm), whether or not this returned true.
        /// </summary>
        public bool LightSleepUntilButton()
        {
            if (!Arm())
            {
                return false;
            }

            try
            {
                EspNativeError error = Sleep.StartLightSleep();
                if (error != EspNativeError.OK)
                {
                    Debug.WriteLine("light sleep refused: " + ((int)error).ToString());
                    return false;
                }

                return true;
            }
            catch (Exception e)
            {
                Debug.WriteLine("light sleep failed: " + e.Message);
                return false;
            }
        }

        /// <summary>Powers down until the button is pressed; the chip then boots afresh. Does not return on success.</summary>
        public void DeepSleepUntilButton()
        {
            if (!Arm())
            {
                return;
            }

            try
            {
                // Upstream sets the CLR's reboot flags and then blocks this thread forever; the chip sleeps once
                // the execution engine leaves it.
                Sleep.StartDeepSleep();
            }
            catch (Exception e)
            {
                Debug.WriteLine("deep sleep failed: " + e.Message);
            }
        }

        private bool Arm()
        {
            if (_buttonGpio < 0)
            {
                return false;
            }

            try
            {
                // The mask names one GPIO (the native code takes the highest set bit). A chip without ext0 (none of
                // the supported boards) throws NotSupportedException instead of returning an error.
                EspNativeError error = Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)(1UL << _buttonGpio), 0);
                if (error != EspNativeError.OK)
                {
                    Debug.WriteLine("button wake not armed: " + ((int)error).ToString());
                    return false;
                }

                return true;
            }
            catch (Exception e)
            {
                Debug.WriteLine("button wake not armed: " + e.Message);
                return false;
            }
        }
    }
}
