using System.Net;

namespace AntiCor.Web.Tests.Support.SingleSignOn;

/// <summary>
/// What a browser does for a sign-on round trip: one cookie jar across hosts and redirects
/// followed (303/302 as GET). Requests to http://localhost go to the in-memory app; everything
/// else (the provider on Kestrel) goes over a real socket.
/// </summary>
public sealed class Browser(HttpMessageHandler app) : HttpMessageHandler
{
    public const string AppHost = "localhost";

    private readonly HttpMessageInvoker _app = new(app, disposeHandler: false);
    private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public CookieContainer Cookies { get; } = new();

    /// <summary>Every address the last request passed through, in order.</summary>
    public List<Uri> Visited { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Visited.Clear();
        for (var hop = 0; ; hop++)
        {
            var uri = request.RequestUri!;
            Visited.Add(uri);
            request.Headers.Remove("Cookie");
            var cookies = Cookies.GetCookieHeader(uri);
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await (uri.Host == AppHost ? _app : _network).SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies)
                {
                    Cookies.SetCookies(uri, header);
                }
            }

            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null)
            {
                return response;
            }

            if (hop == 20)
            {
                throw new InvalidOperationException($"Too many redirects, last to {response.Headers.Location}.");
            }

            var next = new Uri(uri, response.Headers.Location);
            response.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, next);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Dispose();
            _network.Dispose();
        }

        base.Dispose(disposing);
    }
}
