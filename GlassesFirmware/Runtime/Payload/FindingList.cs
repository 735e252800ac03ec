using System.Collections;

namespace GlassesFirmware.Payload
{
    /// <summary>Collects findings for one analysis and turns spec rules into severities by policy.</summary>
    internal sealed class FindingList
    {
        private readonly ArrayList _items = new ArrayList();
        private readonly ValidationPolicy _policy;

        public FindingList(ValidationPolicy policy)
        {
            _policy = policy;
        }

        public bool Strict
        {
            get { return _policy == ValidationPolicy.Strict; }
        }

        public bool HasErrors { get; private set; }

        public int Count
        {
            get { return _items.Count; }
        }

        /// <summary>A rule that rejects under both policies.</summary>
        public void Error(FindingCode code, string tag, string message)
        {
            Add(code, FindingSeverity.Error, tag, message);
        }

        /// <summary>A rule that only warns under both policies.</summary>
        public void Warning(FindingCode code, string tag, string message)
        {
            Add(code, FindingSeverity.Warning, tag, message);
        }

        /// <summary>
        /// An EMVCo "shall" that the device policy relaxes: an error under the strict policy, a warning
        /// (with the device's handling appended) under the device policy.
        /// </summary>
        public void Relaxed(FindingCode code, string tag, string message, string deviceHandling)
        {
            if (Strict)
            {
                Add(code, FindingSeverity.Error, tag, message);
            }
            else
            {
                Add(code, FindingSeverity.Warning, tag, message + " [" + deviceHandling + "]");
            }
        }

        public void Add(FindingCode code, FindingSeverity severity, string tag, string message)
        {
            _items.Add(new Finding(code, severity, tag, message));
            if (severity == FindingSeverity.Error) HasErrors = true;
        }

        public bool Contains(FindingCode code)
        {
            for (int i = 0; i < _items.Count; i++)
            {
                if (((Finding)_items[i]).Code == code) return true;
            }

            return false;
        }

        public Finding[] ToArray()
        {
            Finding[] result = new Finding[_items.Count];
            for (int i = 0; i < result.Length; i++) result[i] = (Finding)_items[i];
            return result;
        }
    }
}
