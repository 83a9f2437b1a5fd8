using System.Net.Http.Headers;
using System.Text;
using DrawGuess.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>The web app's files go out as the build's brotli or gzip copies to browsers that accept them.</summary>
public sealed class CompressedStaticFilesTests : IAsyncLifetime
{
    private readonly string _spa = Path.Combine(Path.GetTempPath(), $"drawguess-test-spa-{Guid.NewGuid():N}");
    private readonly DrawGuessServer _server = new();
    private WebApplicationFactory<Program> _withSpa = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_spa, "assets"));
        // Stand-ins for the compressed copies: tests tell them apart by their content.
        await File.WriteAllTextAsync(Path.Combine(_spa, "index.html"), "<!doctype html><title>plain</title>");
        await File.WriteAllTextAsync(Path.Combine(_spa, "index.html.br"), "index brotli");
        await File.WriteAllTextAsync(Path.Combine(_spa, "index.html.gz"), "index gzip");
        await File.WriteAllTextAsync(Path.Combine(_spa, "assets", "app-1234.js"), "console.log('plain');");
        await File.WriteAllTextAsync(Path.Combine(_spa, "assets", "app-1234.js.br"), "app brotli");
        await File.WriteAllTextAsync(Path.Combine(_spa, "assets", "app-1234.js.gz"), "app gzip");
        await File.WriteAllTextAsync(Path.Combine(_spa, "assets", "logo.txt"), "never compressed");
        _withSpa = _server.WithWebHostBuilder(builder => builder.UseSetting("Spa:Root", _spa));
    }

    public async Task DisposeAsync()
    {
        await _withSpa.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_spa, recursive: true);
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br", "app brotli")]
    [InlineData("gzip", "gzip", "app gzip")]
    [InlineData("br;q=0, gzip;q=0.5", "gzip", "app gzip")]
    public async Task An_asset_comes_in_the_best_encoding_the_browser_accepts(string acceptEncoding, string encoding, string body)
    {
        var response = await GetAsync("/assets/app-1234.js", acceptEncoding);

        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).ShouldBe(body);
    }

    [Fact]
    public async Task Without_an_accepted_encoding_the_plain_file_is_sent_and_still_varies_by_encoding()
    {
        var response = await GetAsync("/assets/app-1234.js", "br;q=0");

        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        (await response.Content.ReadAsStringAsync()).ShouldBe("console.log('plain');");
        (await (await GetAsync("/assets/logo.txt", "br")).Content.ReadAsStringAsync()).ShouldBe("never compressed");
    }

    [Fact]
    public async Task The_page_of_a_client_route_is_sent_compressed_and_never_cached()
    {
        var response = await GetAsync("/r/ABC123", "gzip, br");

        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldBe("index brotli");
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string acceptEncoding)
    {
        using var http = _withSpa.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return response;
    }
}
