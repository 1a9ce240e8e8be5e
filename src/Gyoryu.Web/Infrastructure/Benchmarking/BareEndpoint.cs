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
        if (!of.StartsWith('/') || of.StartsWith("//", StringComparison.Ordinal) || of.StartsWith("/bench/", StringComparison.Ordinal) ||
            local is null || !IPAddress.IsLoopback(local) || (!captures.ContainsKey(of) && captures.Count >= MaxCaptures))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Captured once, over loopback to this same server, so the bytes are exactly what the real endpoint sends.
        var origin = new UriBuilder(Uri.UriSchemeHttp, local.ToString(), context.Connection.LocalPort).Uri;
        var lazy = captures.GetOrAdd(of, key => new Lazy<Task<Captured?>>(() => CaptureAsync(new Uri(origin, key))));
        var captured = await lazy.Value;
        if (captured is null)
        {
            captures.TryRemove(of, out _);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        context.Response.ContentType = captured.ContentType;
        context.Response.ContentLength = captured.Body.Length;
        await context.Response.Body.WriteAsync(captured.Body, context.RequestAborted);
    }

    private static async Task<Captured?> CaptureAsync(Uri uri)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(uri);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync();
        return new Captured(body, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream");
    }

    private sealed record Captured(byte[] Body, string ContentType);
}
