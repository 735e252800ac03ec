using System;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.Adapters.Links;
using GlassesFirmware.Host.Adapters.Platform;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Links;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.WalletPeer
{
    /// <summary>
    /// One pair of benchmark glasses: the runtime's <see cref="WalletClient"/> with host links, paired with the peer
    /// over one transport, paying button-confirmed payments (Hello, stage 0, Hello, stage 1) and timing each.
    /// Driven from a dedicated thread, so the client's waits never take a thread-pool thread from the peer.
    /// </summary>
    internal sealed class BenchGlasses : IDisposable
    {
        private readonly StreamFrameLink _frameLink;
        private readonly HttpsRequestLink _requestLink;
        private readonly WalletClient _client;
        private readonly WalletEvent _event = new WalletEvent();
        private readonly PaymentRequest _request = new PaymentRequest(64);

        /// <summary>Glasses paired with <paramref name="peer"/> over the frame link or over HTTPS.</summary>
        public BenchGlasses(WalletPeerHost peer, bool frames)
        {
            _frameLink = frames ? StreamFrameLink.Connect(peer.FrameEndpoint, 185) : null;
            _requestLink = frames ? null : new HttpsRequestLink(TimeSpan.FromSeconds(5), new RetrySchedule(50, 500, 3));
            _client = new WalletClient(new DotNetCryptoPrimitives(), new DotNetRandomSource(), new MemoryRecordStore(), new StopwatchClock(), _frameLink, _requestLink);
            byte[] qr = Encoding.ASCII.GetBytes(peer.CreatePairingText());
            _client.BeginPairing(qr, 0, qr.Length);
            Drive(() => _client.PairingResult != PairingStatus.WrongState);
            if (_client.PairingResult != PairingStatus.Ok)
            {
                throw new InvalidOperationException("bench glasses could not pair: " + _client.PairingResult);
            }
        }

        /// <summary>Pays one payment; its whole latency in milliseconds, and whether it was approved.</summary>
        public double Pay(int sequence, out bool approved)
        {
            RandomNumberGenerator.Fill(_request.RequestId);
            byte[] payload = Encoding.ASCII.GetBytes("00020101021226BENCH" + sequence);
            payload.CopyTo(_request.Payload, 0);
            _request.PayloadLength = payload.Length;
            _request.Payee = "Bench Cafe";
            _request.AmountMinor = 100 + sequence;
            _request.CurrencyNumeric = 702;
            long start = Stopwatch.GetTimestamp();
            _event.Clear();
            _client.Submit(_request);
            Drive(() => _event.Kind == WalletEventKind.Decision && _event.IsFor(_request.RequestId));
            _client.Confirm(_request.RequestId, ConfirmationMethod.Button, "Pay Bench Cafe");
            _event.Clear();
            Drive(() => (_event.Kind == WalletEventKind.Decision || _event.Kind == WalletEventKind.Failed) && _event.IsFor(_request.RequestId));
            approved = _event.Kind == WalletEventKind.Decision && _event.Outcome == WalletOutcome.Approved;
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        /// <summary>Closes the glasses' links.</summary>
        public void Dispose()
        {
            _frameLink?.Dispose();
            _requestLink?.Dispose();
        }

        private void Drive(Func<bool> done)
        {
            while (!done())
            {
                if (!_client.Poll(_event))
                {
                    if (_frameLink != null)
                    {
                        _frameLink.Wait(5);
                    }
                    else
                    {
                        _requestLink.Wait(5);
                    }
                }
            }
        }
    }
}
