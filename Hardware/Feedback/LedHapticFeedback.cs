using System;
using System.Device.Gpio;
using System.Device.Pwm;
using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Feedback;
using GlassesFirmware.Platform;
using DeviceFunction = nanoFramework.Hardware.Esp32.DeviceFunction;
using Esp32Configuration = nanoFramework.Hardware.Esp32.Configuration;

namespace GlassesFirmware.Hardware.Feedback
{
    /// <summary>
    /// <see cref="IFeedback"/> on one status LED (GPIO) and one vibration motor (PWM through a transistor). A 20 ms
    /// timer drives the outputs from the portable <see cref="CuePlayer"/>. The glasses have no speaker: sentences
    /// go to <see cref="SentenceOut"/> (set by the composition to the uplink) and to the debug console.
    /// </summary>
    public sealed class LedHapticFeedback : IFeedback, IDisposable
    {
        private const int TickMs = 20;
        private const int HapticHz = 1000;

        // PwmChannel.DutyCycle is a fraction 0.0-1.0, not a percentage (the setter throws above 1.0).
        private const double HapticDuty = 0.8;

        private readonly GpioPin _led;
        private readonly bool _ledActiveLow;
        private readonly PwmChannel _haptic;
        private readonly IClock _clock;
        private readonly CuePlayer _player = new CuePlayer();
        private readonly object _lock = new object();
        private readonly Timer _timer;
        private int _outputs = -1;

        /// <summary>Where spoken sentences go; null drops them (they are still logged).</summary>
        public SentenceHandler SentenceOut;

        /// <summary>
        /// Drives the LED on <paramref name="ledGpio"/> and the motor on <paramref name="hapticGpio"/>; -1 leaves
        /// an output out.
        /// </summary>
        public LedHapticFeedback(GpioController controller, int ledGpio, bool ledActiveLow, int hapticGpio, IClock clock)
        {
            _clock = clock;
            _ledActiveLow = ledActiveLow;
            if (ledGpio >= 0)
            {
                // The composition does not guard this constructor: a pin that fails to open leaves the LED out.
                try
                {
                    _led = controller.OpenPin(ledGpio, PinMode.Output);
                }
                catch (Exception e)
                {
                    Debug.WriteLine("led off: " + e.Message);
                }
            }

            if (hapticGpio >= 0)
            {
                _haptic = OpenHaptic(hapticGpio);
            }

            _player.Start(FeedbackCue.Idle, clock.NowMs);
            _timer = new Timer(OnTick, null, 0, TickMs);
        }

        /// <inheritdoc />
        public void Show(FeedbackCue cue)
        {
            lock (_lock)
            {
                _player.Start(cue, _clock.NowMs);
            }
        }

        /// <inheritdoc />
        public void Speak(string sentence, string language)
        {
            if (sentence.Length > 0)
            {
                Debug.WriteLine("say [" + language + "]: " + GlassesFirmware.Text.OutsideText.ForConsole(sentence));
            }

            SentenceHandler handler = SentenceOut;
            if (handler != null)
            {
                try
                {
                    handler(sentence, language);
                }
                catch (Exception e)
                {
                    Debug.WriteLine("speech out failed: " + e.Message);
                }
            }
        }

        /// <inheritdoc />
        /// <remarks>Sent to <see cref="SentenceOut"/> as an empty sentence.</remarks>
        public void StopSpeaking()
        {
            Speak(string.Empty, string.Empty);
        }

        /// <summary>Stops the timer and turns both outputs off.</summary>
        public void Dispose()
        {
            _timer.Dispose();
            try
            {
                Apply(0);
                if (_led != null)
                {
                    _led.Dispose();
                }

                if (_haptic != null)
                {
                    _haptic.Dispose();
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine("feedback dispose failed: " + e.Message);
            }
        }

        // On ESP32 every PWM channel starts unmapped, so PwmChannel.CreateFromPin returns null until the pin is given a
        // PWM function. PWM1 is LEDC channel 0 on timer 0 (nanoFramework allocates from 0 up; the camera image keeps
        // its XCLK on timer 3 / channel 7). Any failure leaves the glasses without haptic rather than without feedback.
        private static PwmChannel OpenHaptic(int gpio)
        {
            try
            {
                Esp32Configuration.SetPinFunction(gpio, DeviceFunction.PWM1);
                PwmChannel channel = PwmChannel.CreateFromPin(gpio, HapticHz, 0);
                if (channel == null)
                {
                    Debug.WriteLine("haptic off: no PWM channel on GPIO " + gpio.ToString());
                    return null;
                }

                channel.Start();
                return channel;
            }
            catch (Exception e)
            {
                Debug.WriteLine("haptic off: " + e.Message);
                return null;
            }
        }

        private void OnTick(object state)
        {
            try
            {
                int outputs;
                lock (_lock)
                {
                    outputs = _player.At(_clock.NowMs);
                }

                if (outputs != _outputs)
                {
                    Apply(outputs);
                }
            }
            catch (Exception e)
            {
                // A failing output must not take the timer down with it: log once per change attempt.
                Debug.WriteLine("feedback output failed: " + e.Message);
            }
        }

        private void Apply(int outputs)
        {
            _outputs = outputs;
            if (_led != null)
            {
                bool on = (outputs & CuePlayer.Led) != 0;
                _led.Write(on != _ledActiveLow ? PinValue.High : PinValue.Low);
            }

            if (_haptic != null)
            {
                _haptic.DutyCycle = (outputs & CuePlayer.Haptic) != 0 ? HapticDuty : 0;
            }
        }
    }
}
