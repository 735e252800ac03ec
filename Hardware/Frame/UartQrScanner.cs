using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Threading;
using GlassesFirmware.Board;
using GlassesFirmware.Frame;
using GlassesFirmware.Platform;
using Esp32Configuration = nanoFramework.Hardware.Esp32.Configuration;
using DeviceFunction = nanoFramework.Hardware.Esp32.DeviceFunction;

namespace GlassesFirmware.Hardware.Frame
{
    /// <summary>
    /// <see cref="IScannedPayloadSource"/> on a UART QR scanner module of the M5Stack ATOM QR class (SSI-style
    /// command set, 9600 baud by default), for the stock firmware without camera support. At open the module is
    /// woken, told to end each code with TAB, to wait for the host's trigger and to give up after 10 s;
    /// <see cref="Start"/> triggers one decode and <see cref="Read"/> returns what the portable
    /// <see cref="ScannerLineParser"/> assembled from the bytes received since.
    /// </summary>
    public sealed class UartQrScanner : IScannedPayloadSource, IDisposable
    {
        private const string Port = "COM2";
        private const int IdleGapMs = 200;
        private const int ReplyWaitMs = 150;

        // SerialPort's default ReadTimeout is infinite and its setter refuses 0 and -1: a short positive bound keeps a
        // Read from ever stalling the main loop (Pump only asks for bytes BytesToRead reported, so it rarely waits).
        private const int ReadTimeoutMs = 20;

        // Command bytes of the ATOM QR module (its datasheet, as used by nanoFramework's Iot.Device.AtomQrCode).
        private static readonly byte[] WakeUp = { 0x00 };
        private static readonly byte[] TerminatorTab = { 0x08, 0xC6, 0x04, 0x08, 0x00, 0xF2, 0x05, 0x03, 0xFE, 0x2C };
        private static readonly byte[] HostTrigger = { 0x07, 0xC6, 0x04, 0x08, 0x00, 0x8A, 0x08, 0xFE, 0x95 };
        private static readonly byte[] Timeout10s = { 0x07, 0xC6, 0x04, 0x08, 0x00, 0x88, 0x64, 0xFE, 0x3B };
        private static readonly byte[] StartDecoding = { 0x04, 0xE4, 0x04, 0x00, 0xFF, 0x14 };
        private static readonly byte[] StopDecoding = { 0x04, 0xE5, 0x04, 0x00, 0xFF, 0x13 };

        private readonly SerialPort _port;
        private readonly IClock _clock;
        private readonly ScannerLineParser _parser = new ScannerLineParser(BufferSizes.ScannerSlots, BufferSizes.ScannerMaxPayload, IdleGapMs);
        private readonly byte[] _chunk = new byte[BufferSizes.ScannerReadBytes];
        private bool _configured;
        private bool _scanning;

        /// <summary>Uses COM2 on <paramref name="txGpio"/> / <paramref name="rxGpio"/> at <paramref name="baud"/>.</summary>
        public UartQrScanner(int txGpio, int rxGpio, int baud, IClock clock)
        {
            _clock = clock;
            Esp32Configuration.SetPinFunction(txGpio, DeviceFunction.COM2_TX);
            Esp32Configuration.SetPinFunction(rxGpio, DeviceFunction.COM2_RX);
            _port = new SerialPort(Port, baud, Parity.None, 8, StopBits.One);
            _port.ReadTimeout = ReadTimeoutMs;
        }

        /// <summary>The parser's counters (dropped, garbled payloads) for diagnostics.</summary>
        public ScannerLineParser Parser
        {
            get { return _parser; }
        }

        /// <inheritdoc />
        public bool Start()
        {
            try
            {
                if (!_configured)
                {
                    // Open throws InvalidOperationException on an open port: a configuration that failed after Open
                    // must be retried on the next Start, not turn the scanner off for good.
                    if (!_port.IsOpen)
                    {
                        _port.Open();
                    }

                    Send(WakeUp);
                    Send(TerminatorTab);
                    Send(HostTrigger);
                    Send(Timeout10s);
                    _configured = true;
                }

                Pump();
                _parser.Clear();
                int replies = _parser.Replies;
                Send(StartDecoding);
                Pump();
                _scanning = _parser.Replies != replies;
                return _scanning;
            }
            catch (Exception e)
            {
                Debug.WriteLine("scanner start failed: " + e.Message);
                return false;
            }
        }

        /// <inheritdoc />
        public void Stop()
        {
            try
            {
                if (_scanning)
                {
                    Send(StopDecoding);
                    Pump();
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine("scanner stop failed: " + e.Message);
            }

            _scanning = false;
            _parser.Clear();
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int capacity)
        {
            try
            {
                Pump();
            }
            catch (Exception e)
            {
                Debug.WriteLine("scanner read failed: " + e.Message);
            }

            return _scanning ? _parser.Take(buffer, offset, capacity) : 0;
        }

        /// <summary>Closes the port.</summary>
        public void Dispose()
        {
            try
            {
                // SerialPort.Dispose closes an open port first.
                _port.Dispose();
            }
            catch (Exception e)
            {
                Debug.WriteLine("scanner dispose failed: " + e.Message);
            }
        }

        // Writes one command and gives the module time to answer (its replies are parsed by Pump).
        private void Send(byte[] command)
        {
            _port.Write(command, 0, command.Length);
            Thread.Sleep(ReplyWaitMs);
        }

        private void Pump()
        {
            int available = _port.BytesToRead;
            while (available > 0)
            {
                int n;
                try
                {
                    n = _port.Read(_chunk, 0, available < _chunk.Length ? available : _chunk.Length);
                }
                catch (TimeoutException)
                {
                    // SerialPort.Read throws TimeoutException when no byte came within ReadTimeout: nothing more to
                    // read now, not a fault.
                    return;
                }

                if (n <= 0)
                {
                    return;
                }

                _parser.Feed(_chunk, 0, n, _clock.NowMs);
                available -= n;
            }
        }
    }
}
