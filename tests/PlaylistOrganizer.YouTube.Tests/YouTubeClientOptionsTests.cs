using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.YouTube.Api;
using PlaylistOrganizer.YouTube.Auth;

namespace PlaylistOrganizer.YouTube.Tests;

public sealed class YouTubeClientOptionsTests
{
    [Fact]
    public void Defaults_point_at_Google()
    {
        var options = new YouTubeClientOptions();

        Assert.Equal("https://youtube.googleapis.com/youtube/v3/", options.BaseUri);
        Assert.Equal("https://accounts.google.com/o/oauth2/v2/auth", options.AuthorizationServerUrl);
        Assert.Equal("https://oauth2.googleapis.com/token", options.TokenServerUrl);
        Assert.Equal("https://oauth2.googleapis.com/revoke", options.RevokeUrl);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
    }

    [Fact]
    public void The_service_uses_the_configured_base_uri()
    {
        using var service = YouTubeApiService.Create(new YouTubeClientOptions { BaseUri = "http://127.0.0.1:5123/youtube/v3" }, null);

        Assert.Equal("http://127.0.0.1:5123/youtube/v3/", service.BaseUri);
        Assert.Equal("youtube", service.Name);
        Assert.Equal(1, service.HttpClient.MessageHandler.NumTries);
    }

    [Fact]
    public void Misconfiguration_is_refused_up_front()
    {
        Assert.Throws<ArgumentException>(() => YouTubeApiService.Create(new YouTubeClientOptions { BaseUri = "youtube/v3/" }, null));
        Assert.Throws<ArgumentException>(() => new YouTubeAuthorization(new YouTubeClientOptions { ClientId = "" }, new InMemoryDataStore(), new FakeTimeProvider()));
    }
}
