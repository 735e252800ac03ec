using System;
using System.Device.I2s;
using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Audio;
using GlassesFirmware.Board;
using GlassesFirmware.Confirmation;
using Esp32Configuration = nanoFramework.Hardware.Esp32.Configuration;
using DeviceFunction = nanoFramework.Hardware.Esp32.DeviceFunction;

namespace GlassesFirmware.Hardware.Audio
{
    /// <summary>
    /// <see cref="IMicrophone"/> on the ESP32 I2S peripheral: a PDM microphone (XIAO ESP32S3 Sense: clock on the
    /// I2S WS function, data in; 16-bit slots) or an I2S MEMS microphone (INMP441 class: 24 bits left-justified in
    /// 32-bit slots, left channel). I2sDevice.Read blocks until its buffer is full, so a capture thread reads 20 ms
    /// into one reused buffer and appends it to a <see cref="PcmRing"/> of one second as it came from the DMA (no
    /// per-sample conversion in IL); <see cref="Read"/> only copies out.
    /// </summary>
    public sealed class I2sMicrophone : IMicrophone, IDisposable
    {
        private const int BusId = 1;

        // Native DMA buffering (bytes) behind each blocking read: four 20 ms reads of the widest (32-bit) slots.
        private const int DmaBufferBytes = 4 * BufferSizes.MicReadSamples * 4;

        private readonly bool _pdm;
        private readonly int _clockGpio;
        private readonly int _dataGpio;
        private readonly int _wsGpio;
        private readonly byte[] _raw;
        private readonly PcmRing _ring;
        private I2sDevice _device;
        private Thread _thread;
        private bool _running;

        /// <summary>
        /// A PDM microphone (<paramref name="pdm"/>) with clock and data GPIOs, or an I2S one with bit clock,
        /// data and word select (<paramref name="wsGpio"/>).
        /// </summary>
        public I2sMicrophone(bool pdm, int clockGpio, int dataGpio, int wsGpio)
        {
            _pdm = pdm;
            _clockGpio = clockGpio;
            _dataGpio = dataGpio;
            _wsGpio = wsGpio;
            int slot = BufferSizes.MicSlotBytes(pdm ? "pdm" : "i2s");
            _raw = new byte[BufferSizes.MicReadSamples * slot];
            _ring = new PcmRing(BufferSizes.MicRingSamples, slot);
        }

        /// <inheritdoc />
        public int SlotBytes
        {
            get { return _ring.SlotBytes; }
        }

        /// <summary>Capture failures since boot (the thread stops on one; the next Start retries).</summary>
        public int Faults { get; private set; }

        /// <inheritdoc />
        public int Overruns
        {
            get { return _ring.Overruns; }
        }

        /// <inheritdoc />
        public bool Start()
        {
            if (_running)
            {
                return true;
            }

            try
            {
                if (_pdm)
                {
                    // The ESP32 PDM receiver outputs its clock on the WS line.
                    Esp32Configuration.SetPinFunction(_clockGpio, DeviceFunction.I2S1_WS);
                }
                else
                {
                    Esp32Configuration.SetPinFunction(_clockGpio, DeviceFunction.I2S1_BCK);
                    Esp32Configuration.SetPinFunction(_wsGpio, DeviceFunction.I2S1_WS);
                }

                Esp32Configuration.SetPinFunction(_dataGpio, DeviceFunction.I2S1_MDATA_IN);

                I2sConnectionSettings settings = new I2sConnectionSettings(BusId);
                settings.Mode = _pdm ? I2sMode.Master | I2sMode.Rx | I2sMode.Pdm : I2sMode.Master | I2sMode.Rx;
                settings.SampleRate = AudioFormat.SampleRate;
                settings.BitsPerSample = _pdm ? I2sBitsPerSample.Bit16 : I2sBitsPerSample.Bit32;
                settings.ChannelFormat = I2sChannelFormat.OnlyLeft;
                settings.CommunicationFormat = I2sCommunicationFormat.I2S;
                settings.BufferSize = DmaBufferBytes;
                _device = new I2sDevice(settings);
            }
            catch (Exception e)
            {
                Faults++;
                Debug.WriteLine("microphone start failed: " + e.Message);
                return false;
            }

            _ring.Clear();
            _running = true;
            _thread = new Thread(Capture);
            _thread.Start();
            return true;
        }

        /// <inheritdoc />
        public void Stop()
        {
            _running = false;
            Thread thread = _thread;
            _thread = null;
            if (thread != null)
            {
                // The capture thread notices within one 20 ms read.
                thread.Join(200);
            }

            I2sDevice device = _device;
            _device = null;
            if (device != null)
            {
                device.Dispose();
            }

            _ring.Clear();
        }

        /// <inheritdoc />
        public int Read(byte[] pcm, int offset, int count)
        {
            return _ring.Read(pcm, offset, count);
        }

        /// <summary>Stops capturing.</summary>
        public void Dispose()
        {
            Stop();
        }

        private void Capture()
        {
            try
            {
                while (_running)
                {
                    _device.Read(_raw);
                    _ring.Write(_raw, 0, _raw.Length);
                }
            }
            catch (Exception e)
            {
                _running = false;
                Faults++;
                Debug.WriteLine("microphone capture failed: " + e.Message);
            }
        }
    }
}
