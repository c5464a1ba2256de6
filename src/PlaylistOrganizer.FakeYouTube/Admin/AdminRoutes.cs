using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube.Admin;

/// <summary>
/// Emulator controls under <c>/_emulator/</c>, never under /youtube, so no client can reach them by accident. No auth,
/// no quota: these are for tests and scripts (JSON is camelCase).
/// <list type="table">
/// <item><c>GET /_emulator/accounts</c>: list accounts (id, channel, playlist count).</item>
/// <item><c>PUT /_emulator/accounts/{id}</c>: load an AccountSnapshot (replaces playlists and Watch Later; upserts videos).</item>
/// <item><c>GET /_emulator/accounts/{id}</c>: export the account as an AccountSnapshot.</item>
/// <item><c>GET /_emulator/accounts/{id}/quota</c>: limitUnits, usedUnits, remainingUnits, playlistCreateCapPerDay, playlistsCreatedToday, quotaDay, nextResetAt.</item>
/// <item><c>PUT /_emulator/accounts/{id}/quota</c>: {limitUnits?, usedUnits?, playlistCreateCapPerDay?, playlistCreateCapStatusCode?}; absent fields keep their value, a cap of 0 turns the cap off, the status is 429 or 400.</item>
/// <item><c>POST /_emulator/accounts/{id}/tokens</c>: {scope?, accessTokenLifetimeSeconds?} → Google's token JSON (scope defaults to youtube).</item>
/// <item><c>POST /_emulator/accounts/{id}/revoke</c>: revoke every access and refresh token of the account.</item>
/// <item><c>POST /_emulator/accounts/{id}/expire-access-tokens</c>: end its live access tokens now; refresh tokens keep working.</item>
/// <item><c>GET /_emulator/clock</c>, <c>PUT /_emulator/clock</c> {now}: read or move the clock (forward only).</item>
/// <item><c>POST /_emulator/clock/advance</c> {seconds}; <c>POST /_emulator/clock/advance-to-next-reset</c>: jump to the next Pacific midnight.</item>
/// <item><c>GET/PUT/DELETE /_emulator/faults</c>: the fault plan {scripted: [{method, count, fault}], seeded: {seed, rates, methods, latencyMs, abortConnection}}.</item>
/// <item><c>GET /_emulator/calls</c>: per account, per method: calls charged, units charged, calls refused uncharged.</item>
/// <item><c>GET/PUT /_emulator/behaviour</c>: {readLagMs?, insertConflictWindowMs?, insertConflictRate?}; absent fields unchanged, 0 turns lag or bursts off.</item>
/// <item>Changes as the user: see <see cref="UserEditRoutes"/>.</item>
/// </list>
/// </summary>
public static class AdminRoutes
{
    public static void MapEmulatorAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_emulator").DisableAntiforgery();

        admin.MapGet("/accounts", (EmulatorState state) => state.Accounts.Select(a => new
        {
            a.AccountId, a.ChannelId, a.ChannelTitle, PlaylistCount = a.Playlists.Count,
        }));

        admin.MapPut("/accounts/{accountId}", (string accountId, AccountSnapshot snapshot, EmulatorState state) =>
        {
            if (snapshot.AccountId != accountId) return Results.BadRequest(new { error = "accountId in the body must match the path." });
            state.Load(snapshot);
            return Results.NoContent();
        });

        admin.MapGet("/accounts/{accountId}", (string accountId, EmulatorState state) =>
            state.Export(accountId) is { } snapshot ? Results.Ok(snapshot) : Results.NotFound());

        admin.MapGet("/accounts/{accountId}/quota", (string accountId, EmulatorState state, EmulatorClock clock) =>
            WithAccount(state, accountId, account => Results.Ok(QuotaView.Of(account, clock.GetUtcNow()))));

        admin.MapPut("/accounts/{accountId}/quota", (string accountId, QuotaUpdate update, EmulatorState state, EmulatorClock clock) =>
            WithAccount(state, accountId, account =>
            {
                var now = clock.GetUtcNow();
                account.Quota.Roll(now);
                if (update.LimitUnits is { } limit) account.Quota.LimitUnits = limit;
                if (update.UsedUnits is { } used) account.Quota.SetUsed(used);
                if (update.PlaylistCreateCapStatusCode is { } code and not (429 or 400))
                    return Results.BadRequest(new { error = "playlistCreateCapStatusCode must be 429 or 400." });
                if (update.PlaylistCreateCapPerDay is { } cap) account.Quota.PlaylistCreateCapPerDay = cap > 0 ? cap : null;
                if (update.PlaylistCreateCapStatusCode is { } status) account.Quota.PlaylistCreateCapStatusCode = status;
                return Results.Ok(QuotaView.Of(account, now));
            }));

        admin.MapPost("/accounts/{accountId}/tokens", (string accountId, MintRequest? request, EmulatorState state, TokenStore tokens) =>
            state.Find(accountId) is null
                ? Results.NotFound()
                : Results.Ok(tokens.Mint(accountId, request?.Scope ?? Scopes.YouTube, request?.AccessTokenLifetimeSeconds).Success));

        admin.MapPost("/accounts/{accountId}/revoke", (string accountId, TokenStore tokens) =>
            Results.Ok(new { revoked = tokens.RevokeAll(accountId) }));

        admin.MapPost("/accounts/{accountId}/expire-access-tokens", (string accountId, TokenStore tokens) =>
            Results.Ok(new { expired = tokens.ExpireAccessTokens(accountId) }));

        admin.MapGet("/clock", (EmulatorClock clock) => ClockView.Of(clock));
        admin.MapPut("/clock", (ClockUpdate update, EmulatorClock clock) =>
            clock.TrySetNow(update.Now) ? Results.Ok(ClockView.Of(clock)) : Results.BadRequest(new { error = "The clock only moves forward." }));
        admin.MapPost("/clock/advance", (AdvanceRequest request, EmulatorClock clock) =>
        {
            if (request.Seconds < 0) return Results.BadRequest(new { error = "The clock only moves forward." });
            clock.Advance(TimeSpan.FromSeconds(request.Seconds));
            return Results.Ok(ClockView.Of(clock));
        });
        admin.MapPost("/clock/advance-to-next-reset", (EmulatorClock clock) =>
        {
            clock.TrySetNow(PacificDay.NextResetAfter(clock.GetUtcNow()));
            return ClockView.Of(clock);
        });

        admin.MapGet("/faults", (FaultPlan faults) => faults.Describe());
        admin.MapPut("/faults", (FaultPlanRequest request, FaultPlan faults) =>
        {
            faults.Replace(request);
            return Results.NoContent();
        });
        admin.MapDelete("/faults", (FaultPlan faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/behaviour", (FakeYouTubeOptions options) => BehaviourView.Of(options));
        admin.MapPut("/behaviour", (BehaviourUpdate update, FakeYouTubeOptions options) =>
        {
            if (update.ReadLagMs is < 0 || update.InsertConflictWindowMs is < 0)
                return Results.BadRequest(new { error = "readLagMs and insertConflictWindowMs cannot be negative." });
            if (update.InsertConflictRate is < 0 or > 1) return Results.BadRequest(new { error = "insertConflictRate must be within 0 and 1." });
            if (update.ReadLagMs is { } lag) options.ReadLagMs = lag > 0 ? lag : null;
            if (update.InsertConflictWindowMs is { } window) options.InsertConflictWindowMs = window > 0 ? window : null;
            if (update.InsertConflictRate is { } rate) options.InsertConflictRate = rate;
            return Results.Ok(BehaviourView.Of(options));
        });

        admin.MapUserEdits();

        admin.MapGet("/calls", async (EmulatorState state) =>
        {
            var result = new List<object>();
            foreach (var account in state.Accounts)
            {
                await account.Gate.WaitAsync();
                try
                {
                    result.Add(new { account.AccountId, TotalUnits = account.Calls.TotalUnits, Methods = account.Calls.Snapshot() });
                }
                finally
                {
                    account.Gate.Release();
                }
            }
            return new { accounts = result };
        });
    }

    private static async Task<IResult> WithAccount(EmulatorState state, string accountId, Func<AccountState, IResult> action)
    {
        var account = state.Find(accountId);
        if (account is null) return Results.NotFound();
        await account.Gate.WaitAsync();
        try
        {
            return action(account);
        }
        finally
        {
            account.Gate.Release();
        }
    }

    public sealed record QuotaUpdate(int? LimitUnits, int? UsedUnits, int? PlaylistCreateCapPerDay, int? PlaylistCreateCapStatusCode);

    public sealed record BehaviourUpdate(int? ReadLagMs, int? InsertConflictWindowMs, double? InsertConflictRate);

    // Nulls are written, so "off" is visible in the answer rather than a missing field.
    public sealed record BehaviourView(
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] int? ReadLagMs,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] int? InsertConflictWindowMs,
        double InsertConflictRate)
    {
        public static BehaviourView Of(FakeYouTubeOptions options) => new(options.ReadLagMs, options.InsertConflictWindowMs, options.InsertConflictRate);
    }

    public sealed record MintRequest(string? Scope, int? AccessTokenLifetimeSeconds);

    public sealed record ClockUpdate(DateTimeOffset Now);

    public sealed record AdvanceRequest(double Seconds);

    // The cap is written even when null, so "off" is visible in the answer rather than a missing field.
    public sealed record QuotaView(int LimitUnits, int UsedUnits, int RemainingUnits,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] int? PlaylistCreateCapPerDay,
        int PlaylistCreateCapStatusCode, int PlaylistsCreatedToday, DateOnly QuotaDay, DateTimeOffset NextResetAt)
    {
        public static QuotaView Of(AccountState account, DateTimeOffset now)
        {
            var day = account.Quota.Roll(now);
            return new QuotaView(account.Quota.LimitUnits, account.Quota.UsedUnits, Math.Max(0, account.Quota.LimitUnits - account.Quota.UsedUnits),
                account.Quota.PlaylistCreateCapPerDay, account.Quota.PlaylistCreateCapStatusCode, account.Quota.PlaylistsCreated, day,
                PacificDay.NextResetAfter(now));
        }
    }

    public sealed record ClockView(DateTimeOffset Now, DateOnly QuotaDay, DateTimeOffset NextResetAt)
    {
        public static ClockView Of(TimeProvider clock)
        {
            var now = clock.GetUtcNow();
            return new ClockView(now, PacificDay.Of(now), PacificDay.NextResetAfter(now));
        }
    }
}
