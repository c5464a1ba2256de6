PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "AccountStatus" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccountStatus" PRIMARY KEY,
    "ChannelId" TEXT NULL,
    "ChannelTitle" TEXT NULL,
    "ConnectedAt" INTEGER NULL,
    "NeedsReconnectReason" TEXT NULL,
    "NeedsReconnectSince" INTEGER NULL
);
INSERT INTO AccountStatus VALUES(1,'UCbbbbbbbbbbbbbbbbbbbbbb','Test Channel',1795111200000,NULL,NULL);
CREATE TABLE IF NOT EXISTS "ActivityLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityLog" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "Area" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "What" TEXT NOT NULL
);
INSERT INTO ActivityLog VALUES(1,1795111200000,'Account','you','Connected YouTube channel ''Test Channel'' (UCbbbbbbbbbbbbbbbbbbbbbb)');
INSERT INTO ActivityLog VALUES(2,1795111200000,'Library','you','Imported from YouTube: 4 playlists added, 0 removed, 0 renamed; 17 entries added, 0 removed (7 units)');
INSERT INTO ActivityLog VALUES(3,1795111200000,'Library','you','Imported Watch Later from Watch later-videos.csv: 3 added, 0 no longer in Watch Later');
INSERT INTO ActivityLog VALUES(4,1795111200000,'Sync','you','Started sync #1 (Plain plan, ≈ 1,306 units, 26 writes)');
INSERT INTO ActivityLog VALUES(5,1795111200000,'Backup','sync #1','Backup #1 taken: 4 playlists, 17 videos');
INSERT INTO ActivityLog VALUES(6,1795111200000,'Sync','you','sync #1: AwaitingWatchLater → Running');
INSERT INTO ActivityLog VALUES(7,1795111200000,'Structure','you','Create 4 categories from playlists');
INSERT INTO ActivityLog VALUES(8,1795111200000,'Structure','you','Approved version 1: 4 categories, 17 video placements');
INSERT INTO ActivityLog VALUES(9,1795111200000,'Structure','you','Create ''Later ideas''');
CREATE TABLE IF NOT EXISTS "Backups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Backups" PRIMARY KEY AUTOINCREMENT,
    "TakenAt" INTEGER NOT NULL,
    "SyncRunId" INTEGER NULL,
    "Json" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Playlists" INTEGER NOT NULL,
    "Items" INTEGER NOT NULL
);
INSERT INTO Backups VALUES(1,1795111200000,1,replace('{\n  "format": "playlist-organizer.backup",\n  "version": 1,\n  "sha256": "a7f9a5d0291e68f8e9fbfc6c78e28d4063a171b7fbaef27e7a68d545e621645b",\n  "document": {\n    "format": "playlist-organizer.backup",\n    "version": 1,\n    "takenAt": "2026-11-19T18:00:00+00:00",\n    "channelId": "UCbbbbbbbbbbbbbbbbbbbbbb",\n    "playlists": [\n      {\n        "id": "PL00000000000000000000000000000000",\n        "title": "Mix A",\n        "description": "",\n        "privacyStatus": "private",\n        "isSystem": false,\n        "items": [\n          {\n            "videoId": "vid00000001",\n            "title": "Video vid00000001",\n            "position": 0,\n            "addedAt": "2021-02-01T00:00:00+00:00"\n          },\n          {\n            "videoId": "vid00000002",\n            "title": "Video vid00000002",\n            "position": 1,\n            "addedAt": "2021-02-01T00:01:00+00:00"\n          },\n          {\n            "videoId": "vid00000006",\n            "title": "Video vid00000006",\n            "position": 2,\n            "addedAt": "2021-02-01T00:02:00+00:00"\n          },\n          {\n            "videoId": "vid00000010",\n            "title": "Video vid00000010",\n            "position": 3,\n            "addedAt": "2021-02-01T00:03:00+00:00"\n          },\n          {\n            "videoId": "vid00000014",\n            "title": "Video vid00000014",\n            "position": 4,\n            "addedAt": "2021-02-01T00:04:00+00:00"\n          }\n        ]\n      },\n      {\n        "id": "PL00000000000000000000000000000001",\n        "title": "Mix B",\n        "description": "",\n        "privacyStatus": "private",\n        "isSystem": false,\n        "items": [\n          {\n            "videoId": "vid00000003",\n            "title": "Video vid00000003",\n            "position": 0,\n            "addedAt": "2021-02-01T00:00:00+00:00"\n          },\n          {\n            "videoId": "vid00000004",\n            "title": "Video vid00000004",\n            "position": 1,\n            "addedAt": "2021-02-01T00:01:00+00:00"\n          },\n          {\n            "videoId": "vid00000007",\n            "title": "Video vid00000007",\n            "position": 2,\n            "addedAt": "2021-02-01T00:02:00+00:00"\n          },\n          {\n            "videoId": "vid00000011",\n            "title": "Video vid00000011",\n            "position": 3,\n            "addedAt": "2021-02-01T00:03:00+00:00"\n          },\n          {\n            "videoId": "vid00000015",\n            "title": "Video vid00000015",\n            "position": 4,\n            "addedAt": "2021-02-01T00:04:00+00:00"\n          }\n        ]\n      },\n      {\n        "id": "PL00000000000000000000000000000002",\n        "title": "Mix C",\n        "description": "",\n        "privacyStatus": "private",\n        "isSystem": false,\n        "items": [\n          {\n            "videoId": "vid00000005",\n            "title": "Video vid00000005",\n            "position": 0,\n            "addedAt": "2021-02-01T00:00:00+00:00"\n          },\n          {\n            "videoId": "vid00000008",\n            "title": "Video vid00000008",\n            "position": 1,\n            "addedAt": "2021-02-01T00:01:00+00:00"\n          },\n          {\n            "videoId": "vid00000012",\n            "title": "Video vid00000012",\n            "position": 2,\n            "addedAt": "2021-02-01T00:02:00+00:00"\n          },\n          {\n            "videoId": "vid00000016",\n            "title": "Video vid00000016",\n            "position": 3,\n            "addedAt": "2021-02-01T00:03:00+00:00"\n          }\n        ]\n      },\n      {\n        "id": "PL00000000000000000000000000000003",\n        "title": "Mix D",\n        "description": "",\n        "privacyStatus": "private",\n        "isSystem": false,\n        "items": [\n          {\n            "videoId": "vid00000009",\n            "title": "Video vid00000009",\n            "position": 0,\n            "addedAt": "2021-02-01T00:00:00+00:00"\n          },\n          {\n            "videoId": "vid00000013",\n            "title": "Video vid00000013",\n            "position": 1,\n            "addedAt": "2021-02-01T00:01:00+00:00"\n          },\n          {\n            "videoId": "vid00000001",\n            "title": "Video vid00000001",\n            "position": 2,\n            "addedAt": "2021-02-01T00:02:00+00:00"\n          }\n        ]\n      }\n    ],\n    "watchLater": [\n      {\n        "videoId": "vid00000001",\n        "addedAt": "2025-03-01T10:00:00+00:00"\n      },\n      {\n        "videoId": "vid00000006",\n        "addedAt": "2025-03-02T10:00:00+00:00"\n      },\n      {\n        "videoId": "vid00000020",\n        "addedAt": "2025-03-03T10:00:00+00:00"\n      }\n    ],\n    "structure": [\n      {\n        "title": "Cooking",\n        "description": "Cooking videos",\n        "privacyStatus": "private",\n        "videoIds": [\n          "vid00000001",\n          "vid00000002",\n          "vid00000003",\n          "vid00000004",\n          "vid00000005"\n        ]\n      },\n      {\n        "title": "Music",\n        "description": "Music videos",\n        "privacyStatus": "private",\n        "videoIds": [\n          "vid00000001",\n          "vid00000010",\n          "vid00000011",\n          "vid00000012",\n          "vid00000013"\n        ]\n      },\n      {\n        "title": "Science",\n        "description": "Science videos",\n        "privacyStatus": "private",\n        "videoIds": [\n          "vid00000006",\n          "vid00000014",\n          "vid00000015",\n          "vid00000016"\n        ]\n      },\n      {\n        "title": "Travel",\n        "description": "Travel videos",\n        "privacyStatus": "private",\n        "videoIds": [\n          "vid00000006",\n          "vid00000007",\n          "vid00000008",\n          "vid00000009"\n        ]\n      }\n    ]\n  }\n}','\n',char(10)),'a7f9a5d0291e68f8e9fbfc6c78e28d4063a171b7fbaef27e7a68d545e621645b',4,17);
CREATE TABLE IF NOT EXISTS "Categories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Categories" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Privacy" TEXT NOT NULL
);
INSERT INTO Categories VALUES(1,'Mix A','','private');
INSERT INTO Categories VALUES(2,'Mix B','','private');
INSERT INTO Categories VALUES(3,'Mix C','','private');
INSERT INTO Categories VALUES(4,'Mix D','','private');
INSERT INTO Categories VALUES(5,'Later ideas','draft only','private');
CREATE TABLE IF NOT EXISTS "CategoryJournal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CategoryJournal" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Before" TEXT NOT NULL,
    "After" TEXT NOT NULL,
    "IsUndone" INTEGER NOT NULL
);
INSERT INTO CategoryJournal VALUES(1,1795111200000,'Create 4 categories from playlists','{"Ids":[1,2,3,4],"Categories":[]}','{"Ids":[1,2,3,4],"Categories":[{"Id":1,"Title":"Mix A","Description":"","Privacy":"private","VideoIds":["vid00000001","vid00000002","vid00000006","vid00000010","vid00000014"]},{"Id":2,"Title":"Mix B","Description":"","Privacy":"private","VideoIds":["vid00000003","vid00000004","vid00000007","vid00000011","vid00000015"]},{"Id":3,"Title":"Mix C","Description":"","Privacy":"private","VideoIds":["vid00000005","vid00000008","vid00000012","vid00000016"]},{"Id":4,"Title":"Mix D","Description":"","Privacy":"private","VideoIds":["vid00000001","vid00000009","vid00000013"]}]}',0);
INSERT INTO CategoryJournal VALUES(2,1795111200000,'Create ''Later ideas''','{"Ids":[5],"Categories":[]}','{"Ids":[5],"Categories":[{"Id":5,"Title":"Later ideas","Description":"draft only","Privacy":"private","VideoIds":[]}]}',0);
CREATE TABLE IF NOT EXISTS "ImportRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportRuns" PRIMARY KEY AUTOINCREMENT,
    "Source" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "State" TEXT NOT NULL,
    "Problem" TEXT NULL,
    "UnitsSpent" INTEGER NOT NULL,
    "ChannelId" TEXT NULL,
    "ChannelTitle" TEXT NULL,
    "PlaylistsNextPageToken" TEXT NULL,
    "PlaylistsListed" INTEGER NOT NULL,
    "VideosLookedUp" INTEGER NOT NULL,
    "Summary_PlaylistsAdded" INTEGER NOT NULL,
    "Summary_PlaylistsRemoved" INTEGER NOT NULL,
    "Summary_PlaylistsRenamed" INTEGER NOT NULL,
    "Summary_ItemsAdded" INTEGER NOT NULL,
    "Summary_ItemsRemoved" INTEGER NOT NULL,
    "Summary_VideosLookedUp" INTEGER NOT NULL,
    "Summary_VideosFoundUnavailable" INTEGER NOT NULL,
    "Summary_WatchLaterAdded" INTEGER NOT NULL,
    "Summary_WatchLaterRemoved" INTEGER NOT NULL
);
INSERT INTO ImportRuns VALUES(1,'YouTube',1795111200000,1795111200000,'Completed',NULL,7,'UCbbbbbbbbbbbbbbbbbbbbbb','Test Channel',NULL,1,1,4,0,0,17,0,16,0,0,0);
INSERT INTO ImportRuns VALUES(2,'Takeout',1795111200000,1795111200000,'Completed',NULL,0,NULL,NULL,NULL,0,0,0,0,0,0,0,0,0,3,0);
CREATE TABLE IF NOT EXISTS "Playlists" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Playlists" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PrivacyStatus" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ReportedItemCount" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "ImportedAt" INTEGER NOT NULL
);
INSERT INTO Playlists VALUES('PL00000000000000000000000000000000','Mix A','','private','Regular',5,1609459200000,1795111200000);
INSERT INTO Playlists VALUES('PL00000000000000000000000000000001','Mix B','','private','Regular',5,1609459200000,1795111200000);
INSERT INTO Playlists VALUES('PL00000000000000000000000000000002','Mix C','','private','Regular',4,1609459200000,1795111200000);
INSERT INTO Playlists VALUES('PL00000000000000000000000000000003','Mix D','','private','Regular',3,1609459200000,1795111200000);
CREATE TABLE IF NOT EXISTS "QuotaCharges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuotaCharges" PRIMARY KEY AUTOINCREMENT,
    "SentAt" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Units" INTEGER NOT NULL,
    "AwaitingAnswer" INTEGER NOT NULL DEFAULT 0,
    "ErrorKind" TEXT NULL,
    "ErrorReason" TEXT NULL
);
INSERT INTO QuotaCharges VALUES(1,1795111200000,'2026-11-19','ChannelsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(2,1795111200000,'2026-11-19','ChannelsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(3,1795111200000,'2026-11-19','PlaylistsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(4,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(5,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(6,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(7,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(8,1795111200000,'2026-11-19','VideosList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(9,1795111200000,'2026-11-19','VideosList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(10,1795111200000,'2026-11-19','PlaylistsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(11,1795111200000,'2026-11-19','PlaylistsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(12,1795111200000,'2026-11-19','PlaylistsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(13,1795111200000,'2026-11-19','PlaylistsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(14,1795111200000,'2026-11-19','PlaylistsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(15,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(16,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(17,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(18,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(19,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(20,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(21,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(22,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(23,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(24,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(25,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(26,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(27,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(28,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(29,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(30,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(31,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(32,1795111200000,'2026-11-19','PlaylistItemsInsert',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(33,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(34,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(35,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(36,1795111200000,'2026-11-19','PlaylistItemsList',1,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(37,1795111200000,'2026-11-19','PlaylistsDelete',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(38,1795111200000,'2026-11-19','PlaylistsDelete',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(39,1795111200000,'2026-11-19','PlaylistsDelete',50,0,NULL,NULL);
INSERT INTO QuotaCharges VALUES(40,1795111200000,'2026-11-19','PlaylistsDelete',50,0,NULL,NULL);
CREATE TABLE IF NOT EXISTS "SchemaInfo" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SchemaInfo" PRIMARY KEY,
    "Fingerprint" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL
);
INSERT INTO SchemaInfo VALUES(1,'22cf8299dbb85d98a33cc5d0fbf61610',1795111200000);
CREATE TABLE IF NOT EXISTS "SpentQuotaDays" (
    "Day" TEXT NOT NULL CONSTRAINT "PK_SpentQuotaDays" PRIMARY KEY,
    "MarkedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "StagedPlaylistItems" (
    "RunId" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "PlaylistId" TEXT NOT NULL,
    "VideoId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "AddedAt" INTEGER NULL,
    CONSTRAINT "PK_StagedPlaylistItems" PRIMARY KEY ("RunId", "Id")
);
CREATE TABLE IF NOT EXISTS "StagedPlaylists" (
    "RunId" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PrivacyStatus" TEXT NOT NULL,
    "ReportedItemCount" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "ItemsNextPageToken" TEXT NULL,
    "ItemsListed" INTEGER NOT NULL,
    CONSTRAINT "PK_StagedPlaylists" PRIMARY KEY ("RunId", "Id")
);
CREATE TABLE IF NOT EXISTS "StagedVideos" (
    "RunId" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Found" INTEGER NOT NULL,
    "Title" TEXT NULL,
    "ChannelId" TEXT NULL,
    "ChannelTitle" TEXT NULL,
    "DurationSeconds" INTEGER NULL,
    "PublishedAt" INTEGER NULL,
    "ThumbnailUrl" TEXT NULL,
    "PrivacyStatus" TEXT NULL,
    CONSTRAINT "PK_StagedVideos" PRIMARY KEY ("RunId", "Id")
);
CREATE TABLE IF NOT EXISTS "StoredSecrets" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_StoredSecrets" PRIMARY KEY,
    "Ciphertext" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "StructureVersions" (
    "Number" INTEGER NOT NULL CONSTRAINT "PK_StructureVersions" PRIMARY KEY,
    "ApprovedAt" INTEGER NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "CategoryCount" INTEGER NOT NULL,
    "VideoLinkCount" INTEGER NOT NULL
);
INSERT INTO StructureVersions VALUES(1,1795111200000,'019e4706adf09ef78847ccbd1fdb09681d3ec26fc55ece2c9656d3035f6ff873',4,17);
CREATE TABLE IF NOT EXISTS "SyncCategoryPlaylists" (
    "RunId" INTEGER NOT NULL,
    "CategoryKey" TEXT NOT NULL,
    "PlaylistId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    CONSTRAINT "PK_SyncCategoryPlaylists" PRIMARY KEY ("RunId", "CategoryKey")
);
INSERT INTO SyncCategoryPlaylists VALUES(1,'cooking','PLYepMnQSVOmXLlVuJq8uJAH5KBrfapFxD','Cooking',1);
INSERT INTO SyncCategoryPlaylists VALUES(1,'travel','PLhFHCLd0LpnIUrOhWFNZkKeAQlfL8x4rJ','Travel',1);
INSERT INTO SyncCategoryPlaylists VALUES(1,'music','PL1UpfNs-MHjgZ_leyJIUcrM5DF2dsS4Zw','Music',1);
INSERT INTO SyncCategoryPlaylists VALUES(1,'science','PL7_fXlBJZPNdn9mRAAYypjPdobmaWPS5O','Science',1);
CREATE TABLE IF NOT EXISTS "SyncOperations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SyncOperations" PRIMARY KEY AUTOINCREMENT,
    "RunId" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Stage" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CategoryKey" TEXT NULL,
    "PlaylistId" TEXT NULL,
    "VideoId" TEXT NULL,
    "ItemId" TEXT NULL,
    "Title" TEXT NULL,
    "Detail" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "ResultId" TEXT NULL,
    "ErrorKind" TEXT NULL,
    "ErrorReason" TEXT NULL,
    "Message" TEXT NULL,
    "UnitsCharged" INTEGER NOT NULL,
    "SkipIfNotApplied" INTEGER NOT NULL DEFAULT 0,
    "UpdatedAt" INTEGER NULL
);
INSERT INTO SyncOperations VALUES(1,1,1,'CreatePlaylists','CreatePlaylist','cooking',NULL,NULL,NULL,'Cooking',NULL,'Succeeded',1,'PLYepMnQSVOmXLlVuJq8uJAH5KBrfapFxD',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(2,1,2,'CreatePlaylists','CreatePlaylist','travel',NULL,NULL,NULL,'Travel',NULL,'Succeeded',1,'PLhFHCLd0LpnIUrOhWFNZkKeAQlfL8x4rJ',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(3,1,3,'CreatePlaylists','CreatePlaylist','music',NULL,NULL,NULL,'Music',NULL,'Succeeded',1,'PL1UpfNs-MHjgZ_leyJIUcrM5DF2dsS4Zw',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(4,1,4,'CreatePlaylists','CreatePlaylist','science',NULL,NULL,NULL,'Science',NULL,'Succeeded',1,'PL7_fXlBJZPNdn9mRAAYypjPdobmaWPS5O',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(5,1,5,'AddVideos','AddVideo','cooking',NULL,'vid00000001','UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC5DRDcyODUyQzVCOUIzMzMw','Cooking',NULL,'Succeeded',1,'UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC5DRDcyODUyQzVCOUIzMzMw',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(6,1,6,'AddVideos','AddVideo','cooking',NULL,'vid00000002','UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC44NzM5Qjg0MkFGOUFEMkY0','Cooking',NULL,'Succeeded',1,'UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC44NzM5Qjg0MkFGOUFEMkY0',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(7,1,7,'AddVideos','AddVideo','cooking',NULL,'vid00000003','UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC4wMUVFN0I5NTRCQ0E0ODZG','Cooking',NULL,'Succeeded',1,'UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC4wMUVFN0I5NTRCQ0E0ODZG',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(8,1,8,'AddVideos','AddVideo','cooking',NULL,'vid00000004','UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC5DRUNEMUNFMUE1NjAzMzJG','Cooking',NULL,'Succeeded',1,'UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC5DRUNEMUNFMUE1NjAzMzJG',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(9,1,9,'AddVideos','AddVideo','cooking',NULL,'vid00000005','UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC4xNjkxODgxMzg4NkQwMkJD','Cooking',NULL,'Succeeded',1,'UExZZXBNblFTVk9tWExsVnVKcTh1SkFINUtCcmZhcEZ4RC4xNjkxODgxMzg4NkQwMkJD',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(10,1,10,'AddVideos','AddVideo','travel',NULL,'vid00000006','UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi4wMTQ0RDVFMzkyMjQ3NkE3','Travel',NULL,'Succeeded',1,'UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi4wMTQ0RDVFMzkyMjQ3NkE3',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(11,1,11,'AddVideos','AddVideo','travel',NULL,'vid00000007','UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi40ODg1NThFMkNGMERFRjAy','Travel',NULL,'Succeeded',1,'UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi40ODg1NThFMkNGMERFRjAy',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(12,1,12,'AddVideos','AddVideo','travel',NULL,'vid00000008','UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi4yQTE1NUU4RDdFNTE4QTI3','Travel',NULL,'Succeeded',1,'UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi4yQTE1NUU4RDdFNTE4QTI3',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(13,1,13,'AddVideos','AddVideo','travel',NULL,'vid00000009','UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi4wNjg4MkMxRTExQkU2Qzk0','Travel',NULL,'Succeeded',1,'UExoRkhDTGQwTHBuSVVyT2hXRk5aa0tlQVFsZkw4eDRySi4wNjg4MkMxRTExQkU2Qzk0',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(14,1,14,'AddVideos','AddVideo','music',NULL,'vid00000010','UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady5FQkJFOTQwNkY1NjREREE5','Music',NULL,'Succeeded',1,'UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady5FQkJFOTQwNkY1NjREREE5',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(15,1,15,'AddVideos','AddVideo','music',NULL,'vid00000011','UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady41Njc1OTkxRjA4NTA2MDA4','Music',NULL,'Succeeded',1,'UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady41Njc1OTkxRjA4NTA2MDA4',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(16,1,16,'AddVideos','AddVideo','music',NULL,'vid00000012','UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady5BMjg2RTg3MjBFNzUzRUFG','Music',NULL,'Succeeded',1,'UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady5BMjg2RTg3MjBFNzUzRUFG',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(17,1,17,'AddVideos','AddVideo','music',NULL,'vid00000013','UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady5CQUFFREMwOUY4NTg5NTg5','Music',NULL,'Succeeded',1,'UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady5CQUFFREMwOUY4NTg5NTg5',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(18,1,18,'AddVideos','AddVideo','music',NULL,'vid00000001','UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady4xOUM0RjcxMDc5RTgwREM1','Music',NULL,'Succeeded',1,'UEwxVXBmTnMtTUhqZ1pfbGV5SklVY3JNNURGMmRzUzRady4xOUM0RjcxMDc5RTgwREM1',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(19,1,19,'AddVideos','AddVideo','science',NULL,'vid00000014','UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty4zOEI0MzYwOEI3NkExRkI2','Science',NULL,'Succeeded',1,'UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty4zOEI0MzYwOEI3NkExRkI2',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(20,1,20,'AddVideos','AddVideo','science',NULL,'vid00000015','UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty4yNzIzN0M4QkQ2Rjk4NTc1','Science',NULL,'Succeeded',1,'UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty4yNzIzN0M4QkQ2Rjk4NTc1',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(21,1,21,'AddVideos','AddVideo','science',NULL,'vid00000016','UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty44MEU0NEM0Njg3RDNCMEZF','Science',NULL,'Succeeded',1,'UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty44MEU0NEM0Njg3RDNCMEZF',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(22,1,22,'AddVideos','AddVideo','science',NULL,'vid00000006','UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty5FMDBGMDY0MzU5NEY4RkI5','Science',NULL,'Succeeded',1,'UEw3X2ZYbEJKWlBOZG45bVJBQVl5cGpQZG9ibWFXUFM1Ty5FMDBGMDY0MzU5NEY4RkI5',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(23,1,23,'WatchLaterCleanup','RemoveFromWatchLater',NULL,'WL','vid00000001',NULL,NULL,NULL,'Succeeded',0,NULL,NULL,NULL,'You marked it removed from Watch Later (not yet confirmed by a newer Takeout).',0,0,1795111200000);
INSERT INTO SyncOperations VALUES(24,1,24,'WatchLaterCleanup','RemoveFromWatchLater',NULL,'WL','vid00000006',NULL,NULL,NULL,'Succeeded',0,NULL,NULL,NULL,'You marked it removed from Watch Later (not yet confirmed by a newer Takeout).',0,0,1795111200000);
INSERT INTO SyncOperations VALUES(25,1,25,'DeleteOriginals','DeletePlaylist',NULL,'PL00000000000000000000000000000000',NULL,NULL,'Mix A','5 items','Succeeded',1,'PL00000000000000000000000000000000',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(26,1,26,'DeleteOriginals','DeletePlaylist',NULL,'PL00000000000000000000000000000001',NULL,NULL,'Mix B','5 items','Succeeded',1,'PL00000000000000000000000000000001',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(27,1,27,'DeleteOriginals','DeletePlaylist',NULL,'PL00000000000000000000000000000002',NULL,NULL,'Mix C','4 items','Succeeded',1,'PL00000000000000000000000000000002',NULL,NULL,NULL,50,0,1795111200000);
INSERT INTO SyncOperations VALUES(28,1,28,'DeleteOriginals','DeletePlaylist',NULL,'PL00000000000000000000000000000003',NULL,NULL,'Mix D','3 items','Succeeded',1,'PL00000000000000000000000000000003',NULL,NULL,NULL,50,0,1795111200000);
CREATE TABLE IF NOT EXISTS "SyncRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SyncRuns" PRIMARY KEY AUTOINCREMENT,
    "PlanKind" TEXT NOT NULL,
    "VersionHash" TEXT NOT NULL,
    "StateFingerprint" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "Stage" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ResumesAt" INTEGER NULL,
    "StatusDetail" TEXT NULL,
    "ActiveSlot" INTEGER NULL,
    "EstimatedUnits" INTEGER NOT NULL,
    "ReadUnits" INTEGER NOT NULL,
    "WorkedBy" TEXT NULL,
    "WorkedUntil" INTEGER NULL
);
INSERT INTO SyncRuns VALUES(1,'Plain','version-1','yt:1|takeout:2',1795111200000,1795111200000,'Completed','Completed',NULL,NULL,NULL,1306,6,NULL,NULL);
CREATE TABLE IF NOT EXISTS "SyncTargetCategories" (
    "RunId" INTEGER NOT NULL,
    "CategoryKey" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PrivacyStatus" TEXT NOT NULL,
    CONSTRAINT "PK_SyncTargetCategories" PRIMARY KEY ("RunId", "CategoryKey")
);
INSERT INTO SyncTargetCategories VALUES(1,'cooking','Cooking','Cooking videos','private');
INSERT INTO SyncTargetCategories VALUES(1,'music','Music','Music videos','private');
INSERT INTO SyncTargetCategories VALUES(1,'science','Science','Science videos','private');
INSERT INTO SyncTargetCategories VALUES(1,'travel','Travel','Travel videos','private');
CREATE TABLE IF NOT EXISTS "SyncTargetVideos" (
    "RunId" INTEGER NOT NULL,
    "CategoryKey" TEXT NOT NULL,
    "VideoId" TEXT NOT NULL,
    CONSTRAINT "PK_SyncTargetVideos" PRIMARY KEY ("RunId", "CategoryKey", "VideoId")
);
INSERT INTO SyncTargetVideos VALUES(1,'cooking','vid00000001');
INSERT INTO SyncTargetVideos VALUES(1,'cooking','vid00000002');
INSERT INTO SyncTargetVideos VALUES(1,'cooking','vid00000003');
INSERT INTO SyncTargetVideos VALUES(1,'cooking','vid00000004');
INSERT INTO SyncTargetVideos VALUES(1,'cooking','vid00000005');
INSERT INTO SyncTargetVideos VALUES(1,'music','vid00000001');
INSERT INTO SyncTargetVideos VALUES(1,'music','vid00000010');
INSERT INTO SyncTargetVideos VALUES(1,'music','vid00000011');
INSERT INTO SyncTargetVideos VALUES(1,'music','vid00000012');
INSERT INTO SyncTargetVideos VALUES(1,'music','vid00000013');
INSERT INTO SyncTargetVideos VALUES(1,'science','vid00000006');
INSERT INTO SyncTargetVideos VALUES(1,'science','vid00000014');
INSERT INTO SyncTargetVideos VALUES(1,'science','vid00000015');
INSERT INTO SyncTargetVideos VALUES(1,'science','vid00000016');
INSERT INTO SyncTargetVideos VALUES(1,'travel','vid00000006');
INSERT INTO SyncTargetVideos VALUES(1,'travel','vid00000007');
INSERT INTO SyncTargetVideos VALUES(1,'travel','vid00000008');
INSERT INTO SyncTargetVideos VALUES(1,'travel','vid00000009');
CREATE TABLE IF NOT EXISTS "Videos" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Videos" PRIMARY KEY,
    "Title" TEXT NULL,
    "ChannelId" TEXT NULL,
    "ChannelTitle" TEXT NULL,
    "DurationSeconds" INTEGER NULL,
    "PublishedAt" INTEGER NULL,
    "ThumbnailUrl" TEXT NULL,
    "PrivacyStatus" TEXT NULL,
    "Availability" TEXT NOT NULL,
    "CheckedAt" INTEGER NULL
);
INSERT INTO Videos VALUES('vid00000001','Video vid00000001','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000001/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000002','Video vid00000002','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000002/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000003','Video vid00000003','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000003/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000004','Video vid00000004','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000004/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000005','Video vid00000005','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000005/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000006','Video vid00000006','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000006/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000007','Video vid00000007','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000007/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000008','Video vid00000008','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000008/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000009','Video vid00000009','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000009/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000010','Video vid00000010','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000010/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000011','Video vid00000011','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000011/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000012','Video vid00000012','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000012/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000013','Video vid00000013','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000013/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000014','Video vid00000014','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000014/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000015','Video vid00000015','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000015/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000016','Video vid00000016','UCaaaaaaaaaaaaaaaaaaaaaa','A channel',242,1577836800000,'https://i.ytimg.com/vi/vid00000016/mqdefault.jpg','public','Available',1795111200000);
INSERT INTO Videos VALUES('vid00000020',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'Unknown',NULL);
CREATE TABLE IF NOT EXISTS "WatchLater" (
    "VideoId" TEXT NOT NULL CONSTRAINT "PK_WatchLater" PRIMARY KEY,
    "Position" INTEGER NOT NULL,
    "AddedAt" INTEGER NULL
);
INSERT INTO WatchLater VALUES('vid00000001',0,1740823200000);
INSERT INTO WatchLater VALUES('vid00000006',1,1740909600000);
INSERT INTO WatchLater VALUES('vid00000020',2,1740996000000);
CREATE TABLE IF NOT EXISTS "CategoryVideos" (
    "CategoryId" INTEGER NOT NULL,
    "VideoId" TEXT NOT NULL,
    CONSTRAINT "PK_CategoryVideos" PRIMARY KEY ("CategoryId", "VideoId"),
    CONSTRAINT "FK_CategoryVideos_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE CASCADE
);
INSERT INTO CategoryVideos VALUES(1,'vid00000001');
INSERT INTO CategoryVideos VALUES(1,'vid00000002');
INSERT INTO CategoryVideos VALUES(1,'vid00000006');
INSERT INTO CategoryVideos VALUES(1,'vid00000010');
INSERT INTO CategoryVideos VALUES(1,'vid00000014');
INSERT INTO CategoryVideos VALUES(2,'vid00000003');
INSERT INTO CategoryVideos VALUES(2,'vid00000004');
INSERT INTO CategoryVideos VALUES(2,'vid00000007');
INSERT INTO CategoryVideos VALUES(2,'vid00000011');
INSERT INTO CategoryVideos VALUES(2,'vid00000015');
INSERT INTO CategoryVideos VALUES(3,'vid00000005');
INSERT INTO CategoryVideos VALUES(3,'vid00000008');
INSERT INTO CategoryVideos VALUES(3,'vid00000012');
INSERT INTO CategoryVideos VALUES(3,'vid00000016');
INSERT INTO CategoryVideos VALUES(4,'vid00000009');
INSERT INTO CategoryVideos VALUES(4,'vid00000013');
INSERT INTO CategoryVideos VALUES(4,'vid00000001');
CREATE TABLE IF NOT EXISTS "PlaylistItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlaylistItems" PRIMARY KEY,
    "PlaylistId" TEXT NOT NULL,
    "VideoId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "AddedAt" INTEGER NULL,
    CONSTRAINT "FK_PlaylistItems_Playlists_PlaylistId" FOREIGN KEY ("PlaylistId") REFERENCES "Playlists" ("Id") ON DELETE CASCADE
);
INSERT INTO PlaylistItems VALUES('UExp0000000000000000000000000000000000000000','PL00000000000000000000000000000000','vid00000001',0,1612137600000);
INSERT INTO PlaylistItems VALUES('UExp0000000000000000000000000000000000000001','PL00000000000000000000000000000000','vid00000002',1,1612137660000);
INSERT INTO PlaylistItems VALUES('UExp0000000000000000000000000000000000000002','PL00000000000000000000000000000000','vid00000006',2,1612137720000);
INSERT INTO PlaylistItems VALUES('UExp0000000000000000000000000000000000000003','PL00000000000000000000000000000000','vid00000010',3,1612137780000);
INSERT INTO PlaylistItems VALUES('UExp0000000000000000000000000000000000000004','PL00000000000000000000000000000000','vid00000014',4,1612137840000);
INSERT INTO PlaylistItems VALUES('UExp0001000000000000000000000000000000000000','PL00000000000000000000000000000001','vid00000003',0,1612137600000);
INSERT INTO PlaylistItems VALUES('UExp0001000000000000000000000000000000000001','PL00000000000000000000000000000001','vid00000004',1,1612137660000);
INSERT INTO PlaylistItems VALUES('UExp0001000000000000000000000000000000000002','PL00000000000000000000000000000001','vid00000007',2,1612137720000);
INSERT INTO PlaylistItems VALUES('UExp0001000000000000000000000000000000000003','PL00000000000000000000000000000001','vid00000011',3,1612137780000);
INSERT INTO PlaylistItems VALUES('UExp0001000000000000000000000000000000000004','PL00000000000000000000000000000001','vid00000015',4,1612137840000);
INSERT INTO PlaylistItems VALUES('UExp0002000000000000000000000000000000000000','PL00000000000000000000000000000002','vid00000005',0,1612137600000);
INSERT INTO PlaylistItems VALUES('UExp0002000000000000000000000000000000000001','PL00000000000000000000000000000002','vid00000008',1,1612137660000);
INSERT INTO PlaylistItems VALUES('UExp0002000000000000000000000000000000000002','PL00000000000000000000000000000002','vid00000012',2,1612137720000);
INSERT INTO PlaylistItems VALUES('UExp0002000000000000000000000000000000000003','PL00000000000000000000000000000002','vid00000016',3,1612137780000);
INSERT INTO PlaylistItems VALUES('UExp0003000000000000000000000000000000000000','PL00000000000000000000000000000003','vid00000009',0,1612137600000);
INSERT INTO PlaylistItems VALUES('UExp0003000000000000000000000000000000000001','PL00000000000000000000000000000003','vid00000013',1,1612137660000);
INSERT INTO PlaylistItems VALUES('UExp0003000000000000000000000000000000000002','PL00000000000000000000000000000003','vid00000001',2,1612137720000);
CREATE TABLE IF NOT EXISTS "ApprovedCategories" (
    "VersionNumber" INTEGER NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Privacy" TEXT NOT NULL,
    CONSTRAINT "PK_ApprovedCategories" PRIMARY KEY ("VersionNumber", "CategoryId"),
    CONSTRAINT "FK_ApprovedCategories_StructureVersions_VersionNumber" FOREIGN KEY ("VersionNumber") REFERENCES "StructureVersions" ("Number") ON DELETE CASCADE
);
INSERT INTO ApprovedCategories VALUES(1,1,'Mix A','','private');
INSERT INTO ApprovedCategories VALUES(1,2,'Mix B','','private');
INSERT INTO ApprovedCategories VALUES(1,3,'Mix C','','private');
INSERT INTO ApprovedCategories VALUES(1,4,'Mix D','','private');
CREATE TABLE IF NOT EXISTS "ApprovedCategoryVideos" (
    "VersionNumber" INTEGER NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    "VideoId" TEXT NOT NULL,
    CONSTRAINT "PK_ApprovedCategoryVideos" PRIMARY KEY ("VersionNumber", "CategoryId", "VideoId"),
    CONSTRAINT "FK_ApprovedCategoryVideos_ApprovedCategories_VersionNumber_CategoryId" FOREIGN KEY ("VersionNumber", "CategoryId") REFERENCES "ApprovedCategories" ("VersionNumber", "CategoryId") ON DELETE CASCADE
);
INSERT INTO ApprovedCategoryVideos VALUES(1,1,'vid00000001');
INSERT INTO ApprovedCategoryVideos VALUES(1,1,'vid00000002');
INSERT INTO ApprovedCategoryVideos VALUES(1,1,'vid00000006');
INSERT INTO ApprovedCategoryVideos VALUES(1,1,'vid00000010');
INSERT INTO ApprovedCategoryVideos VALUES(1,1,'vid00000014');
INSERT INTO ApprovedCategoryVideos VALUES(1,2,'vid00000003');
INSERT INTO ApprovedCategoryVideos VALUES(1,2,'vid00000004');
INSERT INTO ApprovedCategoryVideos VALUES(1,2,'vid00000007');
INSERT INTO ApprovedCategoryVideos VALUES(1,2,'vid00000011');
INSERT INTO ApprovedCategoryVideos VALUES(1,2,'vid00000015');
INSERT INTO ApprovedCategoryVideos VALUES(1,3,'vid00000005');
INSERT INTO ApprovedCategoryVideos VALUES(1,3,'vid00000008');
INSERT INTO ApprovedCategoryVideos VALUES(1,3,'vid00000012');
INSERT INTO ApprovedCategoryVideos VALUES(1,3,'vid00000016');
INSERT INTO ApprovedCategoryVideos VALUES(1,4,'vid00000009');
INSERT INTO ApprovedCategoryVideos VALUES(1,4,'vid00000013');
INSERT INTO ApprovedCategoryVideos VALUES(1,4,'vid00000001');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('QuotaCharges',40);
INSERT INTO sqlite_sequence VALUES('ActivityLog',9);
INSERT INTO sqlite_sequence VALUES('ImportRuns',2);
INSERT INTO sqlite_sequence VALUES('SyncRuns',1);
INSERT INTO sqlite_sequence VALUES('SyncOperations',28);
INSERT INTO sqlite_sequence VALUES('Backups',1);
INSERT INTO sqlite_sequence VALUES('Categories',5);
INSERT INTO sqlite_sequence VALUES('CategoryJournal',2);
CREATE INDEX "IX_ActivityLog_At" ON "ActivityLog" ("At");
CREATE INDEX "IX_Backups_SyncRunId" ON "Backups" ("SyncRunId");
CREATE INDEX "IX_CategoryVideos_VideoId" ON "CategoryVideos" ("VideoId");
CREATE INDEX "IX_ImportRuns_Source_State" ON "ImportRuns" ("Source", "State");
CREATE INDEX "IX_PlaylistItems_PlaylistId_Position" ON "PlaylistItems" ("PlaylistId", "Position");
CREATE INDEX "IX_PlaylistItems_VideoId" ON "PlaylistItems" ("VideoId");
CREATE INDEX "IX_QuotaCharges_Day" ON "QuotaCharges" ("Day");
CREATE UNIQUE INDEX "IX_SyncOperations_RunId_Sequence" ON "SyncOperations" ("RunId", "Sequence");
CREATE INDEX "IX_SyncOperations_RunId_Stage_Status" ON "SyncOperations" ("RunId", "Stage", "Status");
CREATE UNIQUE INDEX "IX_SyncRuns_ActiveSlot" ON "SyncRuns" ("ActiveSlot");
CREATE INDEX "IX_Videos_Availability" ON "Videos" ("Availability");
COMMIT;
