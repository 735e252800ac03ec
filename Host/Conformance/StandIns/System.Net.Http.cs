// Package: nanoFramework.System.Net.Http 1.5.210
// Assembly: System.Net.Http
// References: nanoFramework.System.Net
// Compile-only stand-in: the public members this project uses, with the upstream names and signatures of
// nanoframework/System.Net.Http: HttpClient(), Timeout, HttpsAuthentCert, SslProtocols,
// Send(HttpRequestMessage, HttpCompletionOption) (Http/HttpClient.cs); HttpMessageInvoker.Dispose()
// (Http/HttpMessageInvoker.cs); HttpRequestMessage(HttpMethod, string), Headers, Content, Dispose()
// (Http/HttpRequestMessage.cs); HttpHeaders.Add(string, string) and HttpRequestHeaders (Http/Headers/*.cs);
// HttpMethod.Post (Http/HttpMethod.cs); HttpContent.ReadAsByteArray() (Http/HttpContent.cs);
// ByteArrayContent(byte[]) (Http/ByteArrayContent.cs); HttpResponseMessage StatusCode, Content, Dispose()
// (Http/HttpResponseMessage.cs); HttpCompletionOption; System.Net.HttpStatusCode.OK
// (Http/System.Net.HttpStatusCode.cs). Bodies throw; never shipped or run.
namespace System.Net.Http
{
    using System.Net.Http.Headers;
    using System.Net.Security;
    using System.Security.Cryptography.X509Certificates;

    public class HttpMessageInvoker : IDisposable
    {
        // Upstream's constructors take an HttpMessageHandler, which this project never uses.
        internal HttpMessageInvoker() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public partial class HttpClient : HttpMessageInvoker
    {
        public HttpClient() => throw new NotImplementedException();

        public TimeSpan Timeout
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public X509Certificate HttpsAuthentCert
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public SslProtocols SslProtocols
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption) => throw new NotImplementedException();
    }

    public enum HttpCompletionOption
    {
        ResponseContentRead = 0,
        ResponseHeadersRead = 1
    }

    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage(HttpMethod method, string requestUri) => throw new NotImplementedException();

        public HttpRequestHeaders Headers => throw new NotImplementedException();

        public HttpContent Content
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public void Dispose() => throw new NotImplementedException();
    }

    public class HttpMethod
    {
        private HttpMethod() => throw new NotImplementedException();

        public static HttpMethod Post => throw new NotImplementedException();
    }

    public abstract class HttpContent
    {
        protected HttpContent() => throw new NotImplementedException();

        public byte[] ReadAsByteArray() => throw new NotImplementedException();
    }

    public class ByteArrayContent : HttpContent
    {
        public ByteArrayContent(byte[] content) => throw new NotImplementedException();
    }

    public class HttpResponseMessage : IDisposable
    {
        private HttpResponseMessage() => throw new NotImplementedException();

        public HttpStatusCode StatusCode => throw new NotImplementedException();

        public HttpContent Content => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}

namespace System.Net.Http.Headers
{
    public abstract class HttpHeaders
    {
        protected HttpHeaders() => throw new NotImplementedException();

        public void Add(string name, string value) => throw new NotImplementedException();
    }

    public sealed class HttpRequestHeaders : HttpHeaders
    {
        private HttpRequestHeaders() => throw new NotImplementedException();
    }
}

namespace System.Net
{
    public enum HttpStatusCode
    {
        OK = 200,
    }
}
