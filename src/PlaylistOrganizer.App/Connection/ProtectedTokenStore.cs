using Google.Apis.Json;
using Google.Apis.Util.Store;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.App.Connection;

/// <summary>
/// Google.Apis.Auth's token store, kept in the database and encrypted at rest with ASP.NET Core Data Protection, so a
/// copied database file does not leak a usable refresh token.
/// </summary>
public sealed class ProtectedTokenStore(
    IDbContextFactory<OrganizerDbContext> dbFactory, IDataProtectionProvider protection, TimeProvider time) : IDataStore
{
    private readonly IDataProtector protector = protection.CreateProtector("PlaylistOrganizer.OAuthTokens.v1");

    private static string KeyFor<T>(string key) => $"oauth:{typeof(T).Name}:{key}";

    public async Task StoreAsync<T>(string key, T value)
    {
        var ciphertext = protector.Protect(NewtonsoftJsonSerializer.Instance.Serialize(value));
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.StoredSecrets.FindAsync(KeyFor<T>(key));
        if (row is null)
        {
            db.StoredSecrets.Add(new StoredSecret { Key = KeyFor<T>(key), Ciphertext = ciphertext, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            row.Ciphertext = ciphertext;
            row.UpdatedAt = time.GetUtcNow();
        }
        await db.SaveChangesAsync();
    }

    public async Task DeleteAsync<T>(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.StoredSecrets.Where(s => s.Key == KeyFor<T>(key)).ExecuteDeleteAsync();
    }

    public async Task<T> GetAsync<T>(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var row = await db.StoredSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Key == KeyFor<T>(key));
        return row is null ? default! : NewtonsoftJsonSerializer.Instance.Deserialize<T>(protector.Unprotect(row.Ciphertext));
    }

    public async Task ClearAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.StoredSecrets.Where(s => s.Key.StartsWith("oauth:")).ExecuteDeleteAsync();
    }
}
