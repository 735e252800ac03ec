using System;
using System.Text;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Host.WalletPeer;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Channel;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using Xunit;

namespace GlassesFirmware.Host.Tests.Uplink
{
    /// <summary>
    /// Glasses written by hand for probes the runtime's client never sends: seals any message (with the glasses'
    /// <see cref="UplinkChannel"/>) or any plaintext for any counter, even one used before, and associated data
    /// under one pairing's keys, routes it, and opens the wallet's answers.
    /// </summary>
    public sealed class HandSealedGlasses
    {
        private readonly DotNetCryptoPrimitives _crypto = new DotNetCryptoPrimitives();
        private readonly byte[] _secret;
        private readonly byte[] _walletId;
        private readonly byte[] _deviceId;

        /// <summary>Keys of (secret, wallet id, device id).</summary>
        public HandSealedGlasses(byte[] secret, byte[] walletId, byte[] deviceId)
        {
            _secret = secret;
            _walletId = walletId;
            _deviceId = deviceId;
        }

        /// <summary>The device id the glasses route under.</summary>
        public byte[] DeviceId => _deviceId;

        /// <summary>The glasses paired in <paramref name="store"/>.</summary>
        public static HandSealedGlasses Paired(MemoryRecordStore store)
        {
            PairingRecord record = new PairingRecord();
            Assert.Equal(PairingStatus.Ok, PairingRecord.Load(store, record));
            return new HandSealedGlasses(record.Secret, record.WalletId, record.DeviceId);
        }

        /// <summary>New glasses (a random device id) holding the secret of a pairing QR text.</summary>
        public static HandSealedGlasses FromQr(string text)
        {
            PairingOffer offer = new PairingOffer();
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            Assert.Equal(PairingStatus.Ok, PairingOffer.Parse(bytes, 0, bytes.Length, offer));
            return new HandSealedGlasses(offer.Secret, offer.WalletId, System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        }

        /// <summary>A routed envelope of <paramref name="plaintext"/> (length byte, device id, sealed envelope).</summary>
        /// <remarks>Below the channel, since no message encodes to a plaintext this malformed or this long.</remarks>
        public byte[] Route(byte[] plaintext, ulong counter, byte[] associatedData = null)
        {
            DirectionKeys send = KeySchedule.Derive(_crypto, _secret, _walletId, _deviceId, SealDirection.GlassesToWallet);
            Assert.Equal(SealStatus.Ok, MessageSealer.Seal(_crypto, send, SealDirection.GlassesToWallet, counter, plaintext, 0, plaintext.Length, associatedData, out byte[] sealedMessage));
            return RoutedEnvelope.Wrap(_deviceId, sealedMessage);
        }

        /// <summary>A routed envelope of <paramref name="message"/>, sealed by a glasses channel whose next counter is <paramref name="counter"/>.</summary>
        public byte[] Route(UplinkMessage message, ulong counter, byte[] associatedData = null)
        {
            Assert.Equal(SealStatus.Ok, Channel(counter - 1).Seal(message, associatedData, out ulong sealedUnder, out byte[] routed));
            Assert.Equal(counter, sealedUnder);
            return routed;
        }

        /// <summary>The wallet's sealed answer, opened and decoded.</summary>
        public UplinkMessage Open(PeerAnswer answer)
        {
            Assert.True(answer.Body != null, "a sealed answer, not the transport refusal " + answer.Refusal);
            return Open(answer.Body);
        }

        /// <summary>A sealed answer body, opened and decoded.</summary>
        public UplinkMessage Open(byte[] body)
        {
            UplinkMessage message = new UplinkMessage();
            Assert.Equal(OpenStatus.Ok, Channel(0).Open(body, 0, body.Length, null, message));
            return message;
        }

        // A fresh glasses channel, so any counter can be sealed under (again) and any answer opened.
        private UplinkChannel Channel(ulong lastSent)
        {
            return new UplinkChannel(_crypto, _secret, _walletId, _deviceId, ChannelRole.Glasses, new VolatileCounters(lastSent, 0));
        }

        /// <summary>The error code of a sealed Error answer.</summary>
        public WireError ErrorOf(PeerAnswer answer)
        {
            UplinkMessage message = Open(answer);
            Assert.Equal(MessageType.Error, message.Type);
            return message.ErrorCode;
        }

        /// <summary>A message of <paramref name="type"/> with <paramref name="requestId"/> (when it has one).</summary>
        public static UplinkMessage Message(MessageType type, byte[] requestId = null)
        {
            UplinkMessage message = new UplinkMessage();
            message.Reset(type);
            requestId?.CopyTo(message.RequestId, 0);
            return message;
        }

        /// <summary>A stage-0 payment request for <paramref name="payload"/> with its hash (or a given one).</summary>
        public static UplinkMessage Payment(byte[] requestId, string payload, byte[] payloadHash = null)
        {
            UplinkMessage message = Message(MessageType.PaymentRequest, requestId);
            message.Payment.Payee = "Cafe Alpha";
            message.AmountMinor = 1250;
            message.CurrencyNumeric = 702;
            byte[] bytes = Encoding.ASCII.GetBytes(payload);
            message.SetData(bytes, 0, bytes.Length);
            (payloadHash ?? System.Security.Cryptography.SHA256.HashData(bytes)).CopyTo(message.Payment.PayloadHash, 0);
            message.Payment.PayloadKind = 1;
            message.Payment.Dynamic = true;
            return message;
        }
    }
}
