using System;
using System.Device.Gpio;
using GlassesFirmware.Time;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Hardware.Trigger
{
    /// <summary>
    /// <see cref="IButton"/> on one GPIO, active low with the internal pull-up. The pin interrupt stamps every raw
    /// edge (bounce included: the portable GestureRecognizer debounces) into a ring of <see cref="Capacity"/>
    /// edges; when the ring is full the oldest edge is dropped and counted.
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
            _pin.ValueChanged += OnValueChanged;
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
