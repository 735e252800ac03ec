using System;
using System.Device.Adc;
using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Board;
using GlassesFirmware.Power;

namespace GlassesFirmware.Hardware.Power
{
    /// <summary>
    /// <see cref="IPowerMonitor"/> sampling on its own 5 s timer, so reads are free: the battery through a
    /// divider on an ADC1 GPIO (8 samples averaged, converted by the portable <see cref="BatteryGauge"/>), and
    /// the chip temperature where the stock firmware exposes it (classic ESP32: ADC channel 8, in Fahrenheit).
    /// The ESP32-S3 sensor is read through <see cref="ExternalTemperature"/> when the custom camera image
    /// provides it; otherwise the reading stays <see cref="PowerReadings.Unknown"/>.
    /// </summary>
    public sealed class AdcPowerMonitor : IPowerMonitor, IDisposable
    {
        private const int PeriodMs = 5000;
        private const int Samples = 8;

        // ESP32 and ESP32-S3 ADC at the default 11/12 dB attenuation read about 0-3100 mV.
        private const int FullScaleMv = 3100;

        private const int Esp32TemperatureChannel = 8;

        private readonly AdcController _adc;
        private readonly AdcChannel _battery;
        private readonly AdcChannel _temperature;
        private readonly int _dividerPermille;
        private readonly Timer _timer;
        private int _batteryPercent = PowerReadings.Unknown;
        private int _batteryMv;
        private int _chipC = PowerReadings.Unknown;

        /// <summary>Reads the chip temperature in degrees Celsius or returns <see cref="PowerReadings.Unknown"/>.</summary>
        public delegate int TemperatureReader();

        /// <summary>Optional temperature source (the camera image's native sensor read on the ESP32-S3).</summary>
        public TemperatureReader ExternalTemperature;

        /// <summary>
        /// Samples the battery on <paramref name="batteryGpio"/> (-1: no battery reading) through a divider of
        /// <paramref name="dividerPermille"/> on <paramref name="board"/>.
        /// </summary>
        public AdcPowerMonitor(BoardProfile board, int batteryGpio, int dividerPermille)
        {
            _dividerPermille = dividerPermille;
            int channel = batteryGpio >= 0 ? board.Adc1Channel(batteryGpio) : -1;
            bool temperature = board.Chip == ChipFamily.Esp32;
            if (channel >= 0 || temperature)
            {
                // The composition does not guard this constructor, and OpenChannel throws for a channel the image
                // lacks (the temperature channel in particular): a channel that fails stays Unknown, the other works.
                try
                {
                    _adc = new AdcController();
                    if (channel >= 0)
                    {
                        _battery = _adc.OpenChannel(channel);
                    }
                }
                catch (Exception e)
                {
                    Debug.WriteLine("battery adc off: " + e.Message);
                }

                if (temperature && _adc != null)
                {
                    try
                    {
                        _temperature = _adc.OpenChannel(Esp32TemperatureChannel);
                    }
                    catch (Exception e)
                    {
                        Debug.WriteLine("temperature adc off: " + e.Message);
                    }
                }
            }

            Sample(null);
            _timer = new Timer(Sample, null, PeriodMs, PeriodMs);
        }

        /// <inheritdoc />
        public int BatteryPercent
        {
            get { return _batteryPercent; }
        }

        /// <summary>Last averaged cell voltage in millivolts, 0 when not measured (diagnostics).</summary>
        public int BatteryMv
        {
            get { return _batteryMv; }
        }

        /// <inheritdoc />
        public int ChipTemperatureC
        {
            get { return _chipC; }
        }

        /// <summary>Stops sampling and releases the channels.</summary>
        public void Dispose()
        {
            _timer.Dispose();
            try
            {
                if (_battery != null)
                {
                    _battery.Dispose();
                }

                if (_temperature != null)
                {
                    _temperature.Dispose();
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine("power dispose failed: " + e.Message);
            }
        }

        private void Sample(object state)
        {
            try
            {
                if (_battery != null)
                {
                    int sum = 0;
                    for (int i = 0; i < Samples; i++)
                    {
                        sum += _battery.ReadValue();
                    }

                    _batteryMv = BatteryGauge.CellMvFromRaw(sum / Samples, _adc.MaxValue, FullScaleMv, _dividerPermille);
                    _batteryPercent = BatteryGauge.PercentFromCellMv(_batteryMv);
                }

                TemperatureReader external = ExternalTemperature;
                if (external != null)
                {
                    _chipC = external();
                }
                else if (_temperature != null)
                {
                    _chipC = BatteryGauge.CelsiusFromEsp32Fahrenheit(_temperature.ReadValue());
                }
            }
            catch (Exception e)
            {
                // A failed read leaves the previous values; the session treats Unknown as "do not refuse".
                Debug.WriteLine("power sample failed: " + e.Message);
            }
        }
    }
}
