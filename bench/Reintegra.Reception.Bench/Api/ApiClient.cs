using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reintegra.Reception.Bench.Api;

/// <summary>
/// An API client as another system would write it: bearer token from POST /api/v1/auth/token, JSON with enum
/// names, its own small view of the responses. Every call's round trip is recorded under a name.
/// </summary>
internal sealed class ApiClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http;

    private ApiClient(HttpClient http)
    {
        _http = http;
    }

    /// <summary>Round trips in milliseconds by call name, since the last <see cref="ResetTimings"/>.</summary>
    public Dictionary<string, List<double>> Timings { get; } = [];

    public static async Task<ApiClient> SignInAsync(Uri address, string email, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromHours(1) }) { BaseAddress = address };
        var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { email, password }, Json);
        var token = await ReadAsync<TokenResponse>(response, "POST /api/v1/auth/token");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new ApiClient(http);
    }

    public void ResetTimings() => Timings.Clear();

    public Task<T> GetAsync<T>(string name, string url) =>
        TimedAsync<T>(name, () => _http.GetAsync(url), $"GET {url}");

    public Task<T> PostAsync<T>(string name, string url, object body) =>
        TimedAsync<T>(name, () => _http.PostAsJsonAsync(url, body, Json), $"POST {url}");

    public Task<T> PostFileAsync<T>(string name, string url, byte[] content, string fileName, string mediaType) =>
        TimedAsync<T>(name, () =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            form.Add(file, "file", fileName);
            return _http.PostAsync(url, form);
        }, $"POST {url}");

    /// <summary>A request whose answer is only checked for success; returns the round trip in milliseconds.</summary>
    public async Task<double> PingAsync(string name, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _http.GetAsync(url);
        await response.Content.LoadIntoBufferAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        await EnsureSuccessAsync(response, $"GET {url}");
        Record(name, ms);
        return ms;
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> TimedAsync<T>(string name, Func<Task<HttpResponseMessage>> send, string what)
    {
        var clock = Stopwatch.StartNew();
        using var response = await send();
        await response.Content.LoadIntoBufferAsync();
        Record(name, clock.Elapsed.TotalMilliseconds);
        return await ReadAsync<T>(response, what);
    }

    private void Record(string name, double ms)
    {
        if (!Timings.TryGetValue(name, out var list))
        {
            Timings[name] = list = [];
        }
        list.Add(ms);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string what)
    {
        await EnsureSuccessAsync(response, what);
        return await response.Content.ReadFromJsonAsync<T>(Json) ?? throw new InvalidOperationException($"{what}: empty answer");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiException(what, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private sealed record TokenResponse(string AccessToken);
}

internal sealed class ApiException(string what, int status, string body)
    : Exception($"{what} answered {status}: {(body.Length > 2000 ? body[..2000] : body)}")
{
    public int Status { get; } = status;
}
