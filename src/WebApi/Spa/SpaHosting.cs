using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DrawGuess.WebApi.Spa;

/// <summary>
/// Serves the built React app: hashed assets cached for a year, index.html never cached, client routes fall back to it.
/// The build writes a brotli and a gzip copy beside each text file (<c>name.br</c>, <c>name.gz</c>); a browser that
/// accepts one gets it, with <c>Content-Encoding</c> and <c>Vary: Accept-Encoding</c>, and nothing is compressed per request.
/// </summary>
internal static class SpaHosting
{
    /// <summary>Paths the server answers itself: anything unknown under them is a 404 ProblemDetails, never the app.</summary>
    private static readonly string[] ServerPaths = ["/api", "/health", "/hubs", "/metrics", "/openapi"];
    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static void UseSpa(this WebApplication app)
    {
        var root = app.Configuration["Spa:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("No SPA build at {SpaRoot}; only the API is served", root);
            return;
        }
        var files = new PhysicalFileProvider(root);
        var contentTypes = new FileExtensionContentTypeProvider();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is { Length: > 1 } && IsRead(context.Request) && contentTypes.TryGetContentType(path, out var contentType)
                && files.GetFileInfo(path) is { Exists: true, IsDirectory: false })
            {
                if (await TrySendPrecompressedAsync(context, files, path, contentType, CacheControlFor(context.Request.Path))) return;
            }
            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControlFor(context.Context.Request.Path),
        });
        // A browser navigation (GET or HEAD) to a client route; any other method answers 405, as on the server's own routes.
        var clientRoutes = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null, parameterPolicies: new { path = new ClientRouteConstraint() });
        app.Map(clientRoutes, async context =>
            {
                const string html = "text/html; charset=utf-8";
                if (await TrySendPrecompressedAsync(context, files, "index.html", html, "no-cache")) return;
                context.Response.ContentType = html;
                context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithOrder(int.MaxValue)
            .WithDisplayName("SPA fallback");
    }

    private sealed class ClientRouteConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            httpContext is null || !ServerPaths.Any(prefix => httpContext.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static string CacheControlFor(PathString path) =>
        path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache";

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    /// <summary>Sends the compressed copy of <paramref name="path"/> the browser prefers, if the build made one.</summary>
    private static async Task<bool> TrySendPrecompressedAsync(HttpContext context, IFileProvider files, string path, string contentType, string cacheControl)
    {
        var variants = Encodings.Select(e => (e.Encoding, File: files.GetFileInfo(path + e.Extension))).Where(v => v.File is { Exists: true, IsDirectory: false }).ToArray();
        if (variants.Length == 0) return false;
        var response = context.Response;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        var accepted = AcceptedEncodings(context.Request);
        var (encoding, file) = variants.FirstOrDefault(v => accepted.Contains(v.Encoding));
        if (file is null) return false;
        response.ContentType = contentType;
        response.Headers.ContentEncoding = encoding;
        response.Headers.CacheControl = cacheControl;
        response.ContentLength = file.Length;
        if (HttpMethods.IsGet(context.Request.Method)) await response.SendFileAsync(file);
        return true;
    }

    /// <summary>The codings of <c>Accept-Encoding</c> with a quality above zero.</summary>
    private static HashSet<string> AcceptedEncodings(HttpRequest request)
    {
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values)) return accepted;
        foreach (var value in values)
        {
            if (value.Quality is null or > 0) accepted.Add(value.Value.ToString());
        }
        return accepted;
    }
}
