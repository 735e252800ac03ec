using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GlassesFirmware.Host.WalletPeer.Voice
{
    /// <summary>
    /// The offline speech recognizer of the reference wallet: CMU PocketSphinx 5prealpha (Debian packages
    /// libpocketsphinx3 and pocketsphinx-en-us) through P/Invoke, searching a JSGF grammar over 16 kHz PCM.
    /// Nothing is downloaded at run time; without the packages <see cref="Open"/> throws
    /// <see cref="SpeechRecognizerMissingException"/> naming them. One instance decodes one utterance at a time, each
    /// on its own: no dither (its random numbers are shared by every decoder) and a new stream per utterance, so what
    /// was heard before changes nothing.
    /// </summary>
    public sealed class PocketSphinx : IDisposable
    {
        /// <summary>Where Debian's pocketsphinx-en-us puts the US English model.</summary>
        public const string ModelDirectory = "/usr/share/pocketsphinx/model/en-us";

        /// <summary>The Debian packages the recognizer needs.</summary>
        public const string Packages = "libpocketsphinx3 pocketsphinx-en-us";

        private const string Library = "libpocketsphinx.so.3";
        private const string Base = "libsphinxbase.so.3";
        private const string SearchName = "intent";
        private const string CheckName = "check";

        private IntPtr _config;
        private IntPtr _decoder;
        private readonly object _lock = new object();

        private PocketSphinx(IntPtr config, IntPtr decoder)
        {
            _config = config;
            _decoder = decoder;
        }

        /// <summary>
        /// Loads the US English model and the grammar <paramref name="jsgf"/> (JSGF text, public rule first);
        /// <paramref name="wordInsertion"/> is the word insertion probability (pocketsphinx -wip, its default 0.65):
        /// lower favours paths of fewer words; <paramref name="silence"/> is the probability of silence between words
        /// (-silprob, its default 0.005): higher lets room sound before and after the words be heard as silence.
        /// <paramref name="acousticModel"/> is a model directory in place of the US English model (a wearer's adapted
        /// model, <see cref="SpeakerAdaptation"/>).
        /// </summary>
        public static PocketSphinx Open(string jsgf, double wordInsertion = 0.65, double silence = 0.005, string acousticModel = null)
        {
            string hmm = acousticModel ?? Path.Combine(ModelDirectory, "en-us");
            string dict = Path.Combine(ModelDirectory, "cmudict-en-us.dict");
            if (!Directory.Exists(hmm) || !File.Exists(dict) || !NativeLibrary.TryLoad(Library, out _))
            {
                throw new SpeechRecognizerMissingException(
                    "the reference wallet's speech recognizer needs PocketSphinx and its US English model: apt-get install " + Packages + " (the .ci/run script does it)");
            }

            string[] argv = { "-hmm", hmm, "-dict", dict, "-logfn", "/dev/null", "-dither", "no",
                "-wip", wordInsertion.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                "-silprob", silence.ToString("R", System.Globalization.CultureInfo.InvariantCulture) };
            IntPtr config = cmd_ln_parse_r(IntPtr.Zero, ps_args(), argv.Length, argv, 1);
            if (config == IntPtr.Zero)
            {
                throw new InvalidOperationException("pocketsphinx refused its arguments");
            }

            IntPtr decoder = ps_init(config);
            if (decoder == IntPtr.Zero)
            {
                cmd_ln_free_r(config);
                throw new InvalidOperationException("pocketsphinx could not load the model in " + hmm);
            }

            var sphinx = new PocketSphinx(config, decoder);
            if (ps_set_jsgf_string(decoder, SearchName, jsgf) != 0 || ps_set_search(decoder, SearchName) != 0)
            {
                sphinx.Dispose();
                throw new ArgumentException("pocketsphinx refused the grammar", nameof(jsgf));
            }

            return sphinx;
        }

        /// <summary>
        /// The best path through the grammar for <paramref name="pcm"/> (16 kHz mono): its words separated by
        /// spaces, or an empty string when the search found none.
        /// </summary>
        public string Recognize(short[] pcm)
        {
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_decoder == IntPtr.Zero, this);
                return Decode(pcm, out _);
            }
        }

        /// <summary>
        /// The best path for <paramref name="pcm"/> through another grammar, <paramref name="jsgf"/>, and its score
        /// (log domain, higher is better; <see cref="int.MinValue"/> when the search found no path through it); the
        /// grammar of <see cref="Open"/> stays the one <see cref="Recognize"/> uses.
        /// </summary>
        public string Score(string jsgf, short[] pcm, out int score)
        {
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_decoder == IntPtr.Zero, this);
                score = int.MinValue;
                if (ps_set_jsgf_string(_decoder, CheckName, jsgf) != 0 || ps_set_search(_decoder, CheckName) != 0)
                {
                    ps_set_search(_decoder, SearchName);
                    throw new ArgumentException("pocketsphinx refused the grammar", nameof(jsgf));
                }

                try
                {
                    string hyp = Decode(pcm, out int s);
                    score = hyp.Length == 0 ? int.MinValue : s;
                    return hyp;
                }
                finally
                {
                    ps_set_search(_decoder, SearchName);
                }
            }
        }

        private string Decode(short[] pcm, out int score)
        {
            score = int.MinValue;
            // A new stream for every utterance: the front end's noise estimate would otherwise carry over from the
            // utterances decoded before (another wearer, another room), and the words heard would depend on them.
            if (ps_start_stream(_decoder) < 0 || ps_start_utt(_decoder) < 0 || ps_process_raw(_decoder, pcm, (UIntPtr)pcm.Length, 0, 1) < 0 || ps_end_utt(_decoder) < 0)
            {
                return string.Empty;
            }

            IntPtr hyp = ps_get_hyp(_decoder, out score);
            return hyp == IntPtr.Zero ? string.Empty : (Marshal.PtrToStringUTF8(hyp) ?? string.Empty).Trim();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            lock (_lock)
            {
                if (_decoder != IntPtr.Zero)
                {
                    ps_free(_decoder);
                    _decoder = IntPtr.Zero;
                }

                if (_config != IntPtr.Zero)
                {
                    cmd_ln_free_r(_config);
                    _config = IntPtr.Zero;
                }
            }
        }

        [DllImport(Library)]
        private static extern IntPtr ps_args();

        [DllImport(Library)]
        private static extern IntPtr ps_init(IntPtr config);

        [DllImport(Library)]
        private static extern int ps_free(IntPtr decoder);

        [DllImport(Library)]
        private static extern int ps_set_jsgf_string(IntPtr decoder, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string jsgf);

        [DllImport(Library)]
        private static extern int ps_set_search(IntPtr decoder, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);

        [DllImport(Library)]
        private static extern int ps_start_utt(IntPtr decoder);

        [DllImport(Library)]
        private static extern int ps_start_stream(IntPtr decoder);

        [DllImport(Library)]
        private static extern int ps_process_raw(IntPtr decoder, short[] data, UIntPtr samples, int noSearch, int fullUtterance);

        [DllImport(Library)]
        private static extern int ps_end_utt(IntPtr decoder);

        [DllImport(Library)]
        private static extern IntPtr ps_get_hyp(IntPtr decoder, out int score);

        [DllImport(Base)]
        private static extern IntPtr cmd_ln_parse_r(IntPtr inout, IntPtr definitions, int argc, [In, MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] argv, int strict);

        [DllImport(Base)]
        private static extern int cmd_ln_free_r(IntPtr config);
    }

    /// <summary>The recognizer's packages are not installed: the message names them and the command that installs them.</summary>
    public sealed class SpeechRecognizerMissingException : Exception
    {
        /// <summary>Creates the exception with its message.</summary>
        public SpeechRecognizerMissingException(string message)
            : base(message)
        {
        }
    }
}
