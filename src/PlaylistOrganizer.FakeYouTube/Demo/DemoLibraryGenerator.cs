using System.Text;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>
/// Generates a realistic, fragmented YouTube library: topical playlists of skewed sizes that overlap mostly
/// within a theme, a few accidental duplicate entries, some Private/Deleted videos, system lists, and a large
/// Watch Later.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> seeded from <see cref="DemoLibraryOptions.Seed"/> drives every choice, and
/// all times derive from <see cref="DemoLibraryOptions.ReferenceInstant"/> (whole seconds, like Takeout). Not
/// thread-affine; every call builds its own state.
/// </remarks>
public static class DemoLibraryGenerator
{
    public static DemoLibrary Generate(DemoLibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(options));

        var builder = new Builder(options);
        var account = builder.Build();
        return new DemoLibrary(account, DemoLibraryTruth.CountFrom(account)) { ThemeOfPlaylist = builder.ThemeOfPlaylist };
    }

    private sealed class Builder(DemoLibraryOptions options)
    {
        private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        private const string ChannelAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        // Share of reused entries that come from the playlist's own theme; the rest cross themes.
        private const double SameThemeReuse = 0.85;

        private readonly Random _random = new(options.Seed);
        private readonly DemoVideoText _text = new(options.Seed, r => "UC" + RandomString(r, ChannelAlphabet, 22));
        private readonly DateTimeOffset _reference = options.ReferenceInstant;
        private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
        private readonly List<VideoSnapshot> _videos = [];
        private readonly Dictionary<string, VideoSnapshot> _videoById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Id, string Title)>> _channelsByTheme = new(StringComparer.Ordinal);
        // Videos already placed in some regular playlist, per theme and overall (in placement order: deterministic).
        private readonly Dictionary<string, List<string>> _usedByTheme = new(StringComparer.Ordinal);
        private readonly List<string> _usedAnywhere = [];
        private readonly HashSet<string> _inPlaylists = new(StringComparer.Ordinal);
        private ChannelSnapshot _channel = null!;

        public Dictionary<string, string> ThemeOfPlaylist { get; } = new(StringComparer.Ordinal);

        public AccountSnapshot Build()
        {
            _channel = new ChannelSnapshot { Id = "UC" + RandomString(ChannelAlphabet, 22), Title = "Alex Demo" };
            foreach (var theme in DemoThemes.All)
            {
                _channelsByTheme[theme.Name] = theme.Channels
                    .Select(title => ("UC" + RandomString(ChannelAlphabet, 22), title)).ToList();
                _usedByTheme[theme.Name] = [];
            }

            var playlists = BuildRegularPlaylists();
            var watchLater = BuildWatchLater();
            var system = BuildSystemPlaylists();

            return new AccountSnapshot
            {
                AccountId = options.AccountId,
                Channel = _channel,
                Playlists = [.. playlists, .. system],
                WatchLater = watchLater,
                Videos = _videos,
            };
        }

        private List<PlaylistSnapshot> BuildRegularPlaylists()
        {
            var titles = PlaylistTitles(options.RegularPlaylistCount);
            var duplicates = Math.Min(options.AccidentalDuplicateEntries, options.TargetPlaylistEntries - options.RegularPlaylistCount);
            var sizes = SkewedSizes(options.RegularPlaylistCount, options.TargetPlaylistEntries - duplicates);
            // A video reused k times adds k entries but one overlapping video: solve for the reuse rate that gives
            // the target share of videos in 2+ playlists (a reuse picks an already-shared video about 15% of the time).
            // The 1.2 makes up for the early playlists, which find little to reuse (measured on the presets).
            var reuseRate = Math.Min(0.9, 1.2 * options.OverlapRatio / (options.OverlapRatio + SameThemeReuse));

            var playlists = new PlaylistSnapshot[titles.Count];
            var items = new List<PlaylistItemSnapshot>[titles.Count];
            var order = Enumerable.Range(0, titles.Count).ToArray();
            _random.Shuffle(order);
            foreach (var index in order)
            {
                var (title, theme) = titles[index];
                var id = "PL" + RandomString(IdAlphabet, 32);
                ThemeOfPlaylist[id] = theme.Name;
                var created = Seconds(_reference - RandomSpan(TimeSpan.FromDays(60), TimeSpan.FromDays(365.25 * options.HistoryYears)));
                var inThis = new HashSet<string>(StringComparer.Ordinal);
                var entries = new List<(string VideoId, DateTimeOffset AddedAt)>();
                for (var k = 0; k < sizes[index]; k++)
                {
                    var videoId = (_random.NextDouble() < reuseRate ? PickReusable(theme, inThis) : null)
                        ?? NewVideo(theme, notAfter: _reference - TimeSpan.FromDays(1)).Id;
                    inThis.Add(videoId);
                    if (_inPlaylists.Add(videoId))
                    {
                        _usedAnywhere.Add(videoId);
                        _usedByTheme[theme.Name].Add(videoId);
                    }
                    entries.Add((videoId, AddedAfter(Later(created, _videoById[videoId].PublishedAt))));
                }

                entries.Sort((a, b) => a.AddedAt.CompareTo(b.AddedAt));
                items[index] = entries.Select((e, n) => Item(id, e.VideoId, n, e.AddedAt)).ToList();
                playlists[index] = new PlaylistSnapshot
                {
                    Id = id,
                    Title = title,
                    Description = _random.NextDouble() < 0.3 ? $"Saved {theme.Name} videos." : "",
                    PrivacyStatus = _random.NextDouble() < 0.8 ? "private" : _random.NextDouble() < 0.5 ? "unlisted" : "public",
                    PublishedAt = created,
                    Items = items[index],
                };
            }

            AddAccidentalDuplicates(playlists, duplicates);
            return [.. playlists];
        }

        private string? PickReusable(DemoTheme theme, HashSet<string> inThis)
        {
            var pool = _random.NextDouble() < SameThemeReuse ? _usedByTheme[theme.Name] : _usedAnywhere;
            if (pool.Count == 0) pool = _usedAnywhere;
            if (pool.Count == 0) return null;
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var candidate = pool[_random.Next(pool.Count)];
                if (!inThis.Contains(candidate)) return candidate;
            }
            return null;
        }

        private void AddAccidentalDuplicates(PlaylistSnapshot[] playlists, int count)
        {
            for (var n = 0; n < count; n++)
            {
                var playlist = playlists[_random.Next(playlists.Length)];
                var original = playlist.Items[_random.Next(playlist.Items.Count)];
                // Added again later (the user forgot it was there): it goes to the end, as an append does.
                var addedAt = AddedAfter(Later(original.AddedAt, playlist.Items[^1].AddedAt));
                playlist.Items.Add(Item(playlist.Id, original.VideoId, playlist.Items.Count, addedAt));
            }
        }

        private List<WatchLaterEntry> BuildWatchLater()
        {
            var fromPlaylists = _usedAnywhere.ToArray();
            _random.Shuffle(fromPlaylists);
            var overlap = Math.Min(fromPlaylists.Length, (int)Math.Round(options.WatchLaterCount * options.WatchLaterOverlapRatio));
            var videoIds = fromPlaylists.Take(overlap).ToList();
            while (videoIds.Count < options.WatchLaterCount)
                videoIds.Add(NewVideo(RandomTheme(), notAfter: _reference - TimeSpan.FromDays(1)).Id);

            var start = _reference - TimeSpan.FromDays(365.25 * options.HistoryYears);
            return videoIds
                .Select(id => new WatchLaterEntry { VideoId = id, AddedAt = AddedAfter(Later(start, _videoById[id].PublishedAt)) })
                .OrderBy(e => e.AddedAt)
                .ThenBy(e => e.VideoId, StringComparer.Ordinal)
                .ToList();
        }

        private List<PlaylistSnapshot> BuildSystemPlaylists()
        {
            var suffix = _channel.Id[2..];
            var likes = DistinctMix(options.LikesCount, shareExisting: 0.4);
            var favorites = DistinctMix(options.FavoritesCount, shareExisting: 0.7);
            var uploads = Enumerable.Range(0, options.UploadsCount).Select(_ => NewOwnUpload().Id).ToList();
            return
            [
                SystemPlaylist("LL" + suffix, "Liked videos", PlaylistKind.Likes, likes),
                SystemPlaylist("FL" + suffix, "Favorites", PlaylistKind.Favorites, favorites),
                SystemPlaylist("UU" + suffix, "Uploads from " + _channel.Title, PlaylistKind.Uploads, uploads),
            ];
        }

        private List<string> DistinctMix(int count, double shareExisting)
        {
            var chosen = new List<string>(count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var existing = _videos.Select(v => v.Id).ToArray();
            while (chosen.Count < count)
            {
                var id = existing.Length > 0 && _random.NextDouble() < shareExisting
                    ? existing[_random.Next(existing.Length)]
                    : NewVideo(RandomTheme(), notAfter: _reference - TimeSpan.FromDays(1)).Id;
                if (seen.Add(id)) chosen.Add(id);
            }
            return chosen;
        }

        private PlaylistSnapshot SystemPlaylist(string id, string title, PlaylistKind kind, List<string> videoIds)
        {
            var start = _reference - TimeSpan.FromDays(365.25 * options.HistoryYears);
            var entries = videoIds
                .Select(v => (VideoId: v, AddedAt: AddedAfter(Later(start, _videoById[v].PublishedAt))))
                .OrderBy(e => e.AddedAt).ThenBy(e => e.VideoId, StringComparer.Ordinal)
                .ToList();
            return new PlaylistSnapshot
            {
                Id = id,
                Title = title,
                Kind = kind,
                PrivacyStatus = kind == PlaylistKind.Uploads ? "public" : "private",
                PublishedAt = start,
                Items = entries.Select((e, n) => Item(id, e.VideoId, n, e.AddedAt)).ToList(),
            };
        }

        /// <summary>Titles in theme round-robin, so every theme is present; past the hand-written list, numbered variants.</summary>
        private List<(string Title, DemoTheme Theme)> PlaylistTitles(int count)
        {
            var titles = new List<(string, DemoTheme)>(count);
            var themes = DemoThemes.All;
            for (var round = 0; titles.Count < count; round++)
            {
                foreach (var theme in themes)
                {
                    if (titles.Count == count) break;
                    var baseCount = theme.PlaylistTitles.Length;
                    var title = round < baseCount
                        ? theme.PlaylistTitles[round]
                        : $"{theme.PlaylistTitles[round % baseCount]} {2 + round / baseCount}";
                    titles.Add((title, theme));
                }
            }

            // People do create two playlists with the same name; Takeout then writes "Title-videos(1).csv".
            if (count >= 4) titles[^1] = titles[0];
            return titles;
        }

        /// <summary>Log-normal sizes (a few big playlists, many small), at least 1 each, summing exactly to <paramref name="total"/>.</summary>
        private int[] SkewedSizes(int count, int total)
        {
            var weights = new double[count];
            for (var i = 0; i < count; i++) weights[i] = Math.Exp(1.1 * Gaussian());
            var sum = weights.Sum();
            var sizes = weights.Select(w => Math.Clamp((int)(total * w / sum), 1, 5_000)).ToArray();
            var diff = total - sizes.Sum();
            while (diff != 0)
            {
                var i = _random.Next(count);
                if (diff > 0 && sizes[i] < 5_000) { sizes[i]++; diff--; }
                else if (diff < 0 && sizes[i] > 1) { sizes[i]--; diff++; }
            }
            return sizes;
        }

        private VideoSnapshot NewVideo(DemoTheme theme, DateTimeOffset notAfter)
        {
            var subjectIndex = _random.Next(theme.Subjects.Length);
            var subject = theme.Subjects[subjectIndex];
            // Channels stick mostly to their own subjects, as real ones do.
            var channels = _channelsByTheme[theme.Name];
            var channel = channels[_random.NextDouble() < 0.8 ? subjectIndex % channels.Count : _random.Next(channels.Count)];
            var template = theme.VideoTemplates[_random.Next(theme.VideoTemplates.Length)];
            var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, subject, 1 + _random.Next(40));
            if (char.IsLower(title[0])) title = char.ToUpperInvariant(title[0]) + title[1..];
            var text = _text.Write(theme.Name, subject, title, channel);
            var roll = _random.NextDouble();
            var availability = roll < options.UnavailableRatio / 2 ? VideoAvailability.Private
                : roll < options.UnavailableRatio ? VideoAvailability.Deleted
                : roll < options.UnavailableRatio + 0.03 ? VideoAvailability.Unlisted
                : VideoAvailability.Public;
            return AddVideo(new VideoSnapshot
            {
                Id = NewVideoId(),
                Title = text.Title,
                Description = text.Description,
                ChannelId = text.ChannelId,
                ChannelTitle = text.ChannelTitle,
                Tags = text.Tags,
                CategoryId = text.CategoryId,
                Duration = IsoDuration(theme.MinSeconds + _random.Next(theme.MaxSeconds - theme.MinSeconds)),
                PublishedAt = Seconds(notAfter - RandomSpan(TimeSpan.Zero, TimeSpan.FromDays(365.25 * (options.HistoryYears + 5)))),
                Availability = availability,
            });
        }

        private VideoSnapshot NewOwnUpload() => AddVideo(new VideoSnapshot
        {
            Id = NewVideoId(),
            Title = $"Our holiday, part {1 + _videos.Count % 9}",
            ChannelId = _channel.Id,
            ChannelTitle = _channel.Title,
            Duration = IsoDuration(30 + _random.Next(600)),
            PublishedAt = Seconds(_reference - RandomSpan(TimeSpan.FromDays(30), TimeSpan.FromDays(365.25 * options.HistoryYears))),
            Availability = _random.NextDouble() < 0.5 ? VideoAvailability.Unlisted : VideoAvailability.Public,
        });

        private VideoSnapshot AddVideo(VideoSnapshot video)
        {
            _videos.Add(video);
            _videoById.Add(video.Id, video);
            return video;
        }

        private string NewVideoId()
        {
            while (true)
            {
                var id = RandomString(IdAlphabet, 11);
                if (_usedIds.Add(id)) return id;
            }
        }

        /// <summary>Shaped like YouTube's: base64 of the playlist and video ids (plus a counter, so repeats stay unique).</summary>
        private static PlaylistItemSnapshot Item(string playlistId, string videoId, int position, DateTimeOffset addedAt)
        {
            var raw = Encoding.ASCII.GetBytes($"{playlistId}.{videoId}.{position:D5}");
            var id = Convert.ToBase64String(raw).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return new PlaylistItemSnapshot { Id = id, VideoId = videoId, AddedAt = addedAt };
        }

        private DemoTheme RandomTheme() => DemoThemes.All[_random.Next(DemoThemes.All.Count)];

        private string RandomString(string alphabet, int length) => RandomString(_random, alphabet, length);

        private static string RandomString(Random random, string alphabet, int length)
        {
            Span<char> chars = stackalloc char[length];
            for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }

        private TimeSpan RandomSpan(TimeSpan min, TimeSpan max) =>
            min + TimeSpan.FromSeconds(_random.NextDouble() * (max - min).TotalSeconds);

        /// <summary>A whole-second instant in [<paramref name="from"/>, reference).</summary>
        private DateTimeOffset AddedAfter(DateTimeOffset from)
        {
            var room = _reference - from - TimeSpan.FromSeconds(1);
            return Seconds(room <= TimeSpan.Zero ? from : from + RandomSpan(TimeSpan.Zero, room));
        }

        private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

        private static DateTimeOffset Seconds(DateTimeOffset t) =>
            new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        private double Gaussian()
        {
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        private static string IsoDuration(int seconds)
        {
            var hours = seconds / 3600;
            var minutes = seconds / 60 % 60;
            var rest = seconds % 60;
            return hours > 0 ? $"PT{hours}H{minutes}M{rest}S" : $"PT{minutes}M{rest}S";
        }
    }
}
