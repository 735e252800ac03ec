using GlassesFirmware.Confirmation;
using GlassesFirmware.Decision;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// The session's microphone: hears the room in idle for the voice trigger, listens without sending from
    /// understood on (so the detector learns the noise floor before the wearer speaks), and forwards the wearer's
    /// utterance to the wallet while prompting or confirming. Owns the microphone's on/off state.
    /// </summary>
    internal sealed class VoiceListener
    {
        private const int FramesPerStep = 10;

        private readonly IMicrophone _microphone;
        private readonly VoiceCapture _capture; // null without a microphone
        private readonly VoiceForwarder _forwarder;
        private bool _listening;
        private bool _utteranceDone;
        private bool _idleOn;

        /// <summary>Listens with <paramref name="microphone"/> (or nothing when null), forwarding through <paramref name="forwarder"/>.</summary>
        internal VoiceListener(IMicrophone microphone, IVoiceEncoder encoder, VoiceForwarder forwarder)
        {
            _microphone = microphone;
            _forwarder = forwarder;
            if (microphone != null)
            {
                _capture = new VoiceCapture(Board.BufferSizes.VoicePreRollFrames, microphone.SlotBytes, encoder);
            }
        }

        /// <summary>Blocks sent for the last utterance forwarded.</summary>
        internal int LastBlocks
        {
            get { return _forwarder.LastBlocks; }
        }

        /// <summary>Starts the microphone without forwarding anything until <see cref="Listen"/>.</summary>
        internal void ListenQuietly()
        {
            _utteranceDone = true;
            _capture.Reset();
            _listening = _microphone.Start();
        }

        /// <summary>True when the last forwarded utterance did not reach the uplink whole (<see cref="VoiceForwarder"/>).</summary>
        internal bool LastLost
        {
            get { return _forwarder.LastLost; }
        }

        /// <summary>Forwards the next utterance for <paramref name="purpose"/>; false when the microphone is not running.</summary>
        internal bool Listen(VoicePurpose purpose)
        {
            _forwarder.Begin(purpose, null);
            return Rearm();
        }

        /// <summary>
        /// Forwards the next utterance as the voiceprint enrolment sample <paramref name="sampleId"/>; false when the
        /// microphone is not running.
        /// </summary>
        internal bool ListenForSample(byte[] sampleId)
        {
            _forwarder.Begin(VoicePurpose.Enrolment, sampleId);
            return Rearm();
        }

        private bool Rearm()
        {
            _utteranceDone = false;
            if (!_listening)
            {
                _capture.Reset();
                _listening = _microphone.Start();
            }
            _capture.Rearm();
            return _listening;
        }

        /// <summary>
        /// Pumps the microphone once, forwarding when <paramref name="forward"/> and an utterance is awaited. True
        /// when a forwarded utterance just ended.
        /// </summary>
        internal bool Step(bool forward)
        {
            if (!_listening)
            {
                return false;
            }
            IVoiceSink sink = _utteranceDone || !forward ? null : _forwarder;
            VoiceActivity a = _capture.Pump(_microphone, sink, FramesPerStep);
            if (sink == null || a != VoiceActivity.Ended)
            {
                return false;
            }
            _utteranceDone = true;
            return true;
        }

        /// <summary>Hears the room in idle (the voice trigger); true while the wearer speaks.</summary>
        internal bool HearSpeech()
        {
            if (!_idleOn)
            {
                _idleOn = _microphone.Start();
                _capture.Reset();
            }
            VoiceActivity a = _capture.Pump(_microphone, null, FramesPerStep);
            return a == VoiceActivity.Started || a == VoiceActivity.Speaking;
        }

        /// <summary>Stops the microphone if this listener started it.</summary>
        internal void Stop()
        {
            if (_microphone != null && (_listening || _idleOn))
            {
                _microphone.Stop();
            }
            _listening = false;
            _idleOn = false;
        }
    }
}
