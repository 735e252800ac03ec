using System;
using System.Device.Gpio;
using System.Diagnostics;
using GlassesFirmware.Platform;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Hardware.Trigger
{
    /// <summary>
    /// <see cref="IButton"/> on one GPIO, active low with the internal pull-up. The pin interrupt stamps every raw
    /// edge (bounce included: the portable GestureRecognizer debounces) into a ring of <see cref="Capacity"/>
    /// edges; when the ring is full the oldest edge is dropped and counted. GpioPin.DebounceTimeout stays zero: the
    /// ESP32 native debounce samples the level once after a FreeRTOS timer (10 ms ticks) and drops the edge when
    /// it differs, so it would move and lose the stamps the recognizer times. The native ISR reports the level
    /// it reads, so bounce may give two edges of the same kind in a row.
    /// </summary>
    public sealed class GpioButton : IButton, IDisposable
    {
        /// <summary>Edges kept between two polls of the main loop.</summary>
        public const int Capacity = 32;

        private readonly GpioPin _pin;
        private readonly IClock _clock;
        private readonly bool[] _pressed = new bool[Capacity];
        private readonly long[] _at = new long[Capacity];
        private readonly object _lock = new object();
        private int _head;
        private int _count;

        /// <summary>Opens <paramref name="gpio"/> as the button; edges are stamped with <paramref name="clock"/>.</summary>
        public GpioButton(GpioController controller, int gpio, IClock clock)
        {
            _clock = clock;
            _pin = controller.OpenPin(gpio, PinMode.InputPullUp);
            try
            {
                _pin.ValueChanged += OnValueChanged;
            }
            catch (Exception)
            {
                // Release the pin so the caller's failure leaves nothing half-open behind.
                _pin.Dispose();
                throw;
            }
        }

        /// <summary>Edges dropped because the ring was full, since start (diagnostics).</summary>
        public int Dropped { get; private set; }

        /// <summary>True while the button is held (the pin reads low).</summary>
        public bool IsPressed
        {
            get { return !(bool)_pin.Read(); }
        }

        /// <inheritdoc />
        public bool TryTakeEdge(out ButtonEdge edge)
        {
            edge = new ButtonEdge();
            lock (_lock)
            {
                if (_count == 0)
                {
                    return false;
                }

                edge.Pressed = _pressed[_head];
                edge.AtMs = _at[_head];
                _head = (_head + 1) % Capacity;
                _count--;
                return true;
            }
        }

        /// <summary>
        /// Gives the pin back to the GPIO matrix after a light sleep armed with ext0: ESP-IDF leaves the wake pad on
        /// the RTC IO mux, so digital reads and the edge interrupt stop working until the pin is configured again.
        /// SetPinMode runs gpio_config, which releases the RTC IO, restores the pull-up and keeps the handler.
        /// False when the pin could not be configured (logged).
        /// </summary>
        public bool Rearm()
        {
            try
            {
                _pin.SetPinMode(PinMode.InputPullUp);
                return true;
            }
            catch (Exception e)
            {
                Debug.WriteLine("button re-arm failed: " + e.Message);
                return false;
            }
        }

        /// <summary>Releases the pin.</summary>
        public void Dispose()
        {
            _pin.ValueChanged -= OnValueChanged;
            _pin.Dispose();
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            long now = _clock.NowMs;
            lock (_lock)
            {
                if (_count == Capacity)
                {
                    _head = (_head + 1) % Capacity;
                    _count--;
                    Dropped++;
                }

                int tail = (_head + _count) % Capacity;
                _pressed[tail] = e.ChangeType == PinEventTypes.Falling;
                _at[tail] = now;
                _count++;
            }
        }
    }
}
