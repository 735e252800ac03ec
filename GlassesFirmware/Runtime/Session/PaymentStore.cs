using GlassesFirmware.Decision;
using GlassesFirmware.Platform;
using GlassesFirmware.Storage;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The session's durable state in an <see cref="IRecordStore"/>: the request counter with this install's
    /// random epoch ("pay.counter"), the one in-flight request ("pay.inflight": request id, counter, content
    /// digest, dynamic flag), and the content digests of the last <see cref="PaidCapacity"/> dynamic codes paid
    /// ("pay.paid"). The in-flight record is written before anything is sent and removed only when the
    /// wallet's final answer for that request id is known, so a reboot or timeout at any point leads to a
    /// status query, never to a second payment. Record layouts start with a version byte.
    /// </summary>
    internal sealed class PaymentStore
    {
        internal const string CounterName = "pay.counter";
        internal const string InFlightName = "pay.inflight";
        internal const string PaidName = "pay.paid";
        internal const int PaidCapacity = 16;
        private const byte Version = 1;
        private const int CounterLength = 17;
        private const int InFlightLength = 1 + PaymentRequest.IdLength + 8 + 8 + 1;

        private readonly IRecordStore _store;
        private readonly IRandomSource _random;
        private readonly byte[] _buffer = new byte[2 + PaidCapacity * 8];
        private readonly long[] _paid = new long[PaidCapacity];
        private int _paidCount;
        private int _paidNext;
        private long _epoch;
        private long _counter;
        private bool _loaded;
        private readonly byte[] _inFlightId = new byte[PaymentRequest.IdLength];
        private bool _hasInFlight;
        private long _inFlightHash;
        private bool _inFlightDynamic;

        internal PaymentStore(IRecordStore store, IRandomSource random)
        {
            _store = store;
            _random = random;
        }

        /// <summary>True when an in-flight request is stored (loaded by <see cref="Load"/>).</summary>
        internal bool HasInFlight
        {
            get { return _hasInFlight; }
        }

        /// <summary>The stored in-flight request id (the caller reads it, never writes it).</summary>
        internal byte[] InFlightId
        {
            get { return _inFlightId; }
        }

        /// <summary>Reads the three records; a missing or malformed record counts as empty. False when the store failed.</summary>
        internal bool Load()
        {
            _loaded = true;
            int n = _store.Read(CounterName, _buffer, 0, _buffer.Length);
            bool failed = n == RecordLimits.Failed;
            if (n == CounterLength && _buffer[0] == Version)
            {
                _epoch = ReadLong(_buffer, 1);
                _counter = ReadLong(_buffer, 9);
            }
            else
            {
                // A fresh install: the epoch is drawn at the first request (see BeginRequest).
                _epoch = 0;
                _counter = 0;
            }

            _hasInFlight = false;
            n = _store.Read(InFlightName, _buffer, 0, _buffer.Length);
            failed |= n == RecordLimits.Failed;
            if (n == InFlightLength && _buffer[0] == Version)
            {
                System.Array.Copy(_buffer, 1, _inFlightId, 0, PaymentRequest.IdLength);
                _inFlightHash = ReadLong(_buffer, 1 + PaymentRequest.IdLength + 8);
                _inFlightDynamic = _buffer[InFlightLength - 1] != 0;
                _hasInFlight = true;
            }

            _paidCount = 0;
            _paidNext = 0;
            n = _store.Read(PaidName, _buffer, 0, _buffer.Length);
            failed |= n == RecordLimits.Failed;
            if (n >= 2 && _buffer[0] == Version && _buffer[1] <= PaidCapacity && n == 2 + _buffer[1] * 8)
            {
                _paidCount = _buffer[1];
                for (int i = 0; i < _paidCount; i++)
                {
                    _paid[i] = ReadLong(_buffer, 2 + i * 8);
                }
                _paidNext = _paidCount % PaidCapacity;
            }
            return !failed;
        }

        /// <summary>
        /// Takes the next counter, fills the request's id and counter, and stores counter and in-flight record,
        /// in that order. False when either write failed: then nothing may be sent.
        /// </summary>
        internal bool BeginRequest(PaymentRequest request, long nowMs)
        {
            if (!_loaded)
            {
                return false;
            }
            if (_epoch == 0)
            {
                // A random epoch keeps request ids unique across factory resets. It must be unique, not
                // secret (sealing authenticates requests): the hardware RNG when composed, else an unseeded
                // Random mixed with the time since boot of the first payment, which depends on the wearer.
                if (_random != null)
                {
                    _random.Fill(_buffer, 0, 8);
                    _epoch = ReadLong(_buffer, 0);
                }
                else
                {
                    var random = new System.Random();
                    _epoch = ((long)random.Next() << 31) ^ random.Next() ^ (nowMs << 20) ^ nowMs;
                }
                _epoch |= 1;
            }
            _counter++;
            _buffer[0] = Version;
            WriteLong(_buffer, 1, _epoch);
            WriteLong(_buffer, 9, _counter);
            if (!_store.Write(CounterName, _buffer, 0, CounterLength))
            {
                return false;
            }
            WriteLong(request.RequestId, 0, _epoch);
            WriteLong(request.RequestId, 8, _counter);
            request.Counter = _counter;

            _buffer[0] = Version;
            System.Array.Copy(request.RequestId, 0, _buffer, 1, PaymentRequest.IdLength);
            WriteLong(_buffer, 1 + PaymentRequest.IdLength, _counter);
            WriteLong(_buffer, 1 + PaymentRequest.IdLength + 8, request.ContentDigest);
            _buffer[InFlightLength - 1] = (byte)(request.Dynamic ? 1 : 0);
            if (!_store.Write(InFlightName, _buffer, 0, InFlightLength))
            {
                return false;
            }
            System.Array.Copy(request.RequestId, 0, _inFlightId, 0, PaymentRequest.IdLength);
            _inFlightHash = request.ContentDigest;
            _inFlightDynamic = request.Dynamic;
            _hasInFlight = true;
            return true;
        }

        /// <summary>
        /// The wallet's final answer for the in-flight request is known: remember a paid dynamic code, then
        /// remove the in-flight record. False when a write failed (the record stays and is asked about again).
        /// </summary>
        internal bool Settle(bool approved)
        {
            if (!_hasInFlight)
            {
                return true;
            }
            if (approved && _inFlightDynamic && !WasPaid(_inFlightHash))
            {
                _paid[_paidNext] = _inFlightHash;
                _paidNext = (_paidNext + 1) % PaidCapacity;
                if (_paidCount < PaidCapacity)
                {
                    _paidCount++;
                }
                _buffer[0] = Version;
                _buffer[1] = (byte)_paidCount;
                for (int i = 0; i < _paidCount; i++)
                {
                    WriteLong(_buffer, 2 + i * 8, _paid[i]);
                }
                if (!_store.Write(PaidName, _buffer, 0, 2 + _paidCount * 8))
                {
                    return false;
                }
            }
            if (!_store.Delete(InFlightName))
            {
                return false;
            }
            _hasInFlight = false;
            return true;
        }

        /// <summary>True when a dynamic code with this content digest was paid (within the last <see cref="PaidCapacity"/>).</summary>
        internal bool WasPaid(long hash)
        {
            for (int i = 0; i < _paidCount; i++)
            {
                if (_paid[i] == hash)
                {
                    return true;
                }
            }
            return false;
        }

        private static long ReadLong(byte[] b, int o)
        {
            long v = 0;
            for (int i = 0; i < 8; i++)
            {
                v = (v << 8) | b[o + i];
            }
            return v;
        }

        private static void WriteLong(byte[] b, int o, long v)
        {
            for (int i = 7; i >= 0; i--)
            {
                b[o + i] = (byte)v;
                v >>= 8;
            }
        }
    }
}
