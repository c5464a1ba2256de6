using System.Net;
using System.Text;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Auth;

/// <summary>
/// Google's OAuth endpoints, at Google's paths: the consent page (<c>/o/oauth2/v2/auth</c>), the token endpoint
/// (<c>/token</c>, as on oauth2.googleapis.com) and revocation (<c>/revoke</c>). Any client_id is accepted, but a code
/// is bound to the client_id and redirect_uri it was issued for, and to its PKCE challenge.
/// </summary>
public static class OAuthEndpoints
{
    public static void MapOAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/o/oauth2/v2/auth", ShowConsent);
        app.MapPost("/o/oauth2/v2/auth", Decide).DisableAntiforgery();
        app.MapPost("/token", Token).DisableAntiforgery();
        app.MapPost("/revoke", Revoke).DisableAntiforgery();
    }

    private static readonly string[] Carried =
        ["client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "access_type", "prompt"];

    private static IResult ShowConsent(HttpRequest request, EmulatorState state)
    {
        var q = request.Query;
        if (q["response_type"] != "code") return ErrorPage("Error 400: invalid_request", "response_type must be 'code'.");
        if (string.IsNullOrEmpty(q["client_id"])) return ErrorPage("Error 400: invalid_request", "Missing required parameter: client_id");
        if (string.IsNullOrEmpty(q["redirect_uri"])) return ErrorPage("Error 400: invalid_request", "Missing required parameter: redirect_uri");
        if (!string.IsNullOrEmpty(q["code_challenge_method"]) && q["code_challenge_method"].ToString() is not ("S256" or "plain"))
            return ErrorPage("Error 400: invalid_request", "Invalid code_challenge_method.");

        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sign in - FakeYouTube</title></head><body>");
        html.Append("<h1>Choose an account</h1><p>to continue to <b>").Append(Enc(q["client_id"])).Append("</b></p>");
        html.Append("<p>Requested access: ").Append(Enc(q["scope"])).Append("</p>");
        html.Append("<form method=\"post\" action=\"/o/oauth2/v2/auth\">");
        foreach (var name in Carried)
            html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Enc(q[name])).Append("\">");
        var accounts = state.Accounts;
        if (accounts.Count == 0) html.Append("<p>No accounts are loaded in the emulator.</p>");
        for (var i = 0; i < accounts.Count; i++)
        {
            html.Append("<label><input type=\"radio\" name=\"account\" value=\"").Append(Enc(accounts[i].AccountId)).Append('"')
                .Append(i == 0 ? " checked" : "").Append("> ").Append(Enc(accounts[i].ChannelTitle))
                .Append(" (").Append(Enc(accounts[i].AccountId)).Append(")</label><br>");
        }
        html.Append("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button> ");
        html.Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>");
        html.Append("</form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> Decide(HttpRequest request, EmulatorState state, TokenStore tokens)
    {
        var form = await request.ReadFormAsync();
        var redirectUri = form["redirect_uri"].ToString();
        var stateParam = form["state"].ToString();
        if (string.IsNullOrEmpty(redirectUri) || string.IsNullOrEmpty(form["client_id"]))
            return ErrorPage("Error 400: invalid_request", "Missing client_id or redirect_uri.");

        if (form["decision"] != "allow")
            return Results.Redirect(WithQuery(redirectUri, ("error", "access_denied"), ("state", stateParam)));

        var accountId = form["account"].ToString();
        if (state.Find(accountId) is null) return ErrorPage("Error 400: invalid_request", "Unknown account.");
        var code = tokens.IssueCode(accountId, form["client_id"]!, redirectUri, form["scope"].ToString(),
            NullIfEmpty(form["code_challenge"]), NullIfEmpty(form["code_challenge_method"]), form["access_type"] == "offline");
        return Results.Redirect(WithQuery(redirectUri, ("code", code), ("scope", form["scope"].ToString()), ("state", stateParam)));
    }

    private static async Task<IResult> Token(HttpRequest request, TokenStore tokens)
    {
        if (!request.HasFormContentType) return OAuthFail("invalid_request", "Request must be application/x-www-form-urlencoded.");
        var form = await request.ReadFormAsync();
        var grantType = form["grant_type"].ToString();
        TokenResult result;
        switch (grantType)
        {
            case "authorization_code":
                if (string.IsNullOrEmpty(form["code"])) return OAuthFail("invalid_request", "Missing required parameter: code");
                result = tokens.Redeem(form["code"]!, NullIfEmpty(form["client_id"]), NullIfEmpty(form["redirect_uri"]), NullIfEmpty(form["code_verifier"]));
                break;
            case "refresh_token":
                if (string.IsNullOrEmpty(form["refresh_token"])) return OAuthFail("invalid_request", "Missing required parameter: refresh_token");
                result = tokens.Refresh(form["refresh_token"]!);
                break;
            default:
                return OAuthFail("unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        return result.Success is { } ok ? Results.Json(ok) : Results.Json(result.Error, statusCode: 400);
    }

    private static async Task<IResult> Revoke(HttpRequest request, TokenStore tokens)
    {
        string? token = request.Query["token"];
        if (string.IsNullOrEmpty(token) && request.HasFormContentType) token = (await request.ReadFormAsync())["token"];
        if (string.IsNullOrEmpty(token) || !tokens.Revoke(token)) return OAuthFail("invalid_token", "Token expired or revoked");
        return Results.Ok(new { });
    }

    private static IResult OAuthFail(string error, string description) =>
        Results.Json(new OAuthError(error, description), statusCode: 400);

    private static IResult ErrorPage(string title, string detail) => Results.Content(
        $"<!doctype html><html><body><h1>{Enc(title)}</h1><p>{Enc(detail)}</p></body></html>", "text/html; charset=utf-8", statusCode: 400);

    private static string WithQuery(string uri, params (string Key, string Value)[] pairs)
    {
        var query = string.Join('&', pairs.Where(p => p.Value.Length > 0).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        return uri + (uri.Contains('?') ? "&" : "?") + query;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Enc(string? value) => WebUtility.HtmlEncode(value ?? "");
}
