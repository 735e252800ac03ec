using GlassesFirmware.Platform;
using GlassesFirmware.Uplink.Crypto;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// One pairing attempt of the client: the glasses' <see cref="PairingHandshake"/> and how it ended. An
    /// unsealed refusal from the wallet never ends it early; it only names the cause when the attempts run out.
    /// </summary>
    internal sealed class PairingRun
    {
        private readonly PairingHandshake _handshake;
        private PairingStatus _status = PairingStatus.WrongState;

        // The wallet answered with an unsealed refusal (UnknownDevice, PairingRefused). Anyone on the radio could
        // forge one, so it is only a hint.
        private bool _refusalSeen;

        /// <summary>Creates an idle run.</summary>
        public PairingRun(ICryptoPrimitives crypto, IRandomSource random)
        {
            _handshake = new PairingHandshake(crypto, random);
        }

        /// <summary>Outcome of the last run: Ok once stored, WrongState while running or never started.</summary>
        public PairingStatus Status
        {
            get { return _status; }
        }

        /// <summary>The HTTPS endpoint of the offer being paired, or null.</summary>
        public string Endpoint
        {
            get { return _handshake.Endpoint; }
        }

        /// <summary>The anchor fingerprint of the offer being paired, or null.</summary>
        public byte[] Fingerprint
        {
            get { return _handshake.Fingerprint; }
        }

        /// <summary>Starts a run with a parsed offer.</summary>
        public void Begin(PairingOffer offer)
        {
            _handshake.Begin(offer);
            _status = PairingStatus.WrongState;
            _refusalSeen = false;
        }

        /// <summary>The routed message of step <paramref name="kind"/> and the counter it is sealed under (null when out of step).</summary>
        public byte[] Build(OperationKind kind, out ulong counter)
        {
            bool hello = kind == OperationKind.PairHello;
            counter = hello ? PairingHandshake.HelloCounter : PairingHandshake.FinishCounter;
            return hello ? _handshake.BuildHello() : _handshake.BuildFinish();
        }

        /// <summary>
        /// Takes the wallet's answer to step <paramref name="kind"/>: BadProof (not the answer: ignore it), Ok (the
        /// proof checked, or the pairing is stored in <paramref name="pairing"/>), or why the run ended.
        /// </summary>
        public PairingStatus Answer(OperationKind kind, byte[] data, int length, CurrentPairing pairing)
        {
            PairingStatus status = kind == OperationKind.PairHello ? _handshake.AcceptProof(data, 0, length) : _handshake.AcceptDone(data, 0, length);
            if (status == PairingStatus.BadProof || (status == PairingStatus.Ok && kind == OperationKind.PairHello))
            {
                return status;
            }

            if (status == PairingStatus.Ok)
            {
                if (pairing.Store(_handshake.Record, _handshake.WalletCounter))
                {
                    // The pairing in force holds the record now; the handshake must no longer wipe it.
                    _handshake.Release();
                }
                else
                {
                    status = PairingStatus.StoreFailed;
                }
            }

            if (status != PairingStatus.Ok)
            {
                Fail(status);
                return status;
            }

            _status = PairingStatus.Ok;
            return status;
        }

        /// <summary>Notes an unsealed refusal from the wallet.</summary>
        public void NoteRefusal()
        {
            _refusalSeen = true;
        }

        /// <summary>Ends the run with <paramref name="status"/> and wipes the handshake.</summary>
        private void Fail(PairingStatus status)
        {
            _status = status;
            _handshake.Abort();
        }

        /// <summary>Ends the run when its attempts ran out: Refused after a refusal was seen, else Unreachable.</summary>
        public void GiveUp()
        {
            Fail(_refusalSeen ? PairingStatus.Refused : PairingStatus.Unreachable);
        }

        /// <summary>Abandons the run (unpairing) without changing <see cref="Status"/>.</summary>
        public void Abort()
        {
            _handshake.Abort();
        }
    }
}
