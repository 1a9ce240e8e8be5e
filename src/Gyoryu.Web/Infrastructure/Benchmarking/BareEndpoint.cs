using System.Collections.Concurrent;
using System.Net;

namespace Gyoryu.Web.Infrastructure.Benchmarking;

/// <summary>
/// GET /bench/bare?of=/api/partnerships: replays the bytes the real endpoint returned once, with no database work.
/// </summary>
public static class BareEndpoint
{
    public const string Setting = "Gyoryu:Benchmark:BareEndpoint";

    private const int MaxCaptures = 32;

    // Exists so a load test can set the app's list API against the bare HTTP stack serving the same bytes in the same run.
    public static IEndpointRouteBuilder MapBenchmarkBareEndpoint(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting))
        {
            return app;
        }

        var captures = new ConcurrentDictionary<string, Lazy<Task<Captured?>>>(StringComparer.Ordinal);
        app.MapGet("/bench/bare", context => ServeAsync(context, captures)).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task ServeAsync(HttpContext context, ConcurrentDictionary<string, Lazy<Task<Captured?>>> captures)
    {
        var of = context.Request.Query["of"].ToString();
        of = string.IsNullOrEmpty(of) ? "/api/partnerships?page=1&pageSize=50" : of;
        var local = context.Connection.LocalIpAddress;
        var key = $"{context.User.Identity?.Name}\n{of}";
        if (!of.StartsWith('/') || of.StartsWith("//", StringComparison.Ordinal) || of.StartsWith("/bench/", StringComparison.Ordinal) ||
            local is null || !IPAddress.IsLoopback(local) || (!captures.ContainsKey(key) && captures.Count >= MaxCaptures))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Captured once, over loopback to this same server, so the bytes are exactly what the real endpoint sends.
        // With the caller's cookie, since every API needs a signed-in user; kept per user so one tenant's bytes never reach another.
        var origin = new UriBuilder(Uri.UriSchemeHttp, local.ToString(), context.Connection.LocalPort).Uri;
        var cookie = context.Request.Headers.Cookie.ToString();
        var lazy = captures.GetOrAdd(key, _ => new Lazy<Task<Captured?>>(() => CaptureAsync(new Uri(origin, of), cookie)));
        var captured = await lazy.Value;
        if (captured is null)
        {
            captures.TryRemove(key, out _);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        context.Response.ContentType = captured.ContentType;
        context.Response.ContentLength = captured.Body.Length;
        await context.Response.Body.WriteAsync(captured.Body, context.RequestAborted);
    }

    private static async Task<Captured?> CaptureAsync(Uri uri, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync();
        return new Captured(body, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream");
    }

    private sealed record Captured(byte[] Body, string ContentType);
}
