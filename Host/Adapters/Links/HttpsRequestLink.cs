using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Host.Adapters.Links
{
    /// <summary>
    /// The HTTPS binding on the host (docs/protocol.md 10): POSTs routed bodies to <c>{base}v1/uplink</c> with an
    /// <c>Idempotency-Key</c> header, TLS 1.2+ accepting only a server certificate whose SHA-256 is the paired
    /// anchor's (no CA, no name check: the fingerprint is the trust), a per-attempt timeout, and bounded retries
    /// with exponential backoff and full jitter (<see cref="RetrySchedule"/>) on connection failures, timeouts and
    /// 5xx. A 4xx ends the exchange at once. One exchange at a time; <see cref="Poll"/> never blocks.
    /// </summary>
    public sealed class HttpsRequestLink : IRequestLink, IDisposable
    {
        private readonly Func<HttpMessageHandler, HttpMessageHandler> _wrap;
        private readonly RetrySchedule _retry;
        private readonly TimeSpan _attemptTimeout;
        private readonly SemaphoreSlim _signal = new SemaphoreSlim(0);
        private HttpClient _client;
        private Uri _endpoint;
        private byte[] _fingerprint;
        private Task<byte[]> _exchange;

        /// <summary>
        /// Creates an unconfigured link. <paramref name="wrap"/> may insert a handler between HttpClient and the
        /// socket handler (tests use it to lose responses).
        /// </summary>
        public HttpsRequestLink(TimeSpan attemptTimeout, RetrySchedule retry, Func<HttpMessageHandler, HttpMessageHandler> wrap = null)
        {
            _attemptTimeout = attemptTimeout;
            _retry = retry;
            _wrap = wrap;
        }

        /// <summary>HTTP attempts made so far (retries included).</summary>
        public int Attempts;

        /// <summary>True while the link is configured (the host's network is assumed up).</summary>
        public bool IsAvailable => _client != null;

        /// <inheritdoc />
        public bool Configure(string baseUrl, byte[] anchorCertificate, byte[] anchorFingerprint)
        {
            _client?.Dispose();
            _client = null;
            if (baseUrl == null)
            {
                return true;
            }

            if (anchorFingerprint == null || anchorFingerprint.Length != 32)
            {
                return false;
            }

            _fingerprint = (byte[])anchorFingerprint.Clone();
            _endpoint = new Uri(new Uri(baseUrl), "v1/uplink");
            SocketsHttpHandler sockets = new SocketsHttpHandler
            {
                ConnectTimeout = _attemptTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                SslOptions = new SslClientAuthenticationOptions
                {
                    EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13,
                    RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => MatchesAnchor(certificate),
                },
            };
            _client = new HttpClient(_wrap == null ? sockets : _wrap(sockets)) { Timeout = _attemptTimeout };
            return true;
        }

        /// <inheritdoc />
        public bool Post(string idempotencyKey, byte[] body, int offset, int count)
        {
            if (_client == null || (_exchange != null && !_exchange.IsCompleted))
            {
                return false;
            }

            byte[] copy = new byte[count];
            Buffer.BlockCopy(body, offset, copy, 0, count);
            HttpClient client = _client;
            _exchange = Task.Run(async () =>
            {
                try
                {
                    return await Exchange(client, idempotencyKey, copy);
                }
                finally
                {
                    _signal.Release();
                }
            });
            return true;
        }

        /// <inheritdoc />
        public RequestLinkState Poll(byte[] buffer, int offset, int capacity, out int length)
        {
            length = 0;
            if (_exchange == null)
            {
                return RequestLinkState.Idle;
            }

            if (!_exchange.IsCompleted)
            {
                return RequestLinkState.Pending;
            }

            byte[] response = _exchange.IsCompletedSuccessfully ? _exchange.Result : null;
            _exchange = null;
            if (response == null || response.Length > capacity)
            {
                return RequestLinkState.Failed;
            }

            Buffer.BlockCopy(response, 0, buffer, offset, response.Length);
            length = response.Length;
            return RequestLinkState.Completed;
        }

        /// <summary>Blocks up to <paramref name="milliseconds"/> until the running exchange ends.</summary>
        public bool Wait(int milliseconds) => _exchange == null || _exchange.IsCompleted || _signal.Wait(milliseconds);

        /// <summary>Disposes the HTTP client.</summary>
        public void Dispose() => _client?.Dispose();

        /// <summary>True when <paramref name="certificate"/> is the anchor: SHA-256 of its DER equals the paired fingerprint.</summary>
        public bool MatchesAnchor(X509Certificate certificate)
        {
            return certificate != null && _fingerprint != null
                && CryptographicOperations.FixedTimeEquals(SHA256.HashData(certificate.GetRawCertData()), _fingerprint);
        }

        private async Task<byte[]> Exchange(HttpClient client, string idempotencyKey, byte[] body)
        {
            for (int attempt = 1; ; attempt++)
            {
                if (attempt > 1)
                {
                    int delay = _retry.DelayBefore(attempt, RandomNumberGenerator.GetInt32(1001));
                    if (delay < 0)
                    {
                        return null;
                    }

                    await Task.Delay(delay);
                }

                Interlocked.Increment(ref Attempts);
                using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
                {
                    Content = new ByteArrayContent(body),
                };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                try
                {
                    using HttpResponseMessage response = await client.SendAsync(request);
                    int status = (int)response.StatusCode;
                    if (status == 200)
                    {
                        return await response.Content.ReadAsByteArrayAsync();
                    }

                    if (status < 500)
                    {
                        return null;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
            }
        }
    }
}
