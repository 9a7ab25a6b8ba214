//! The community's resource library, and one search index over what the community may read.
//!
//! `library_item` holds a link or a file (its bytes apart, in `library_file`, so lists never
//! read them) with a title, a summary, its areas (`,facilities,advocacy,`) and tags. An item
//! shared from a pair's resource names it (`shared_from`, one item per resource).
//!
//! `search_doc` holds, per thing found (`kind`, `ref_id`), the text the community may read of
//! it: nothing hidden, no anonymous author's name. On SQLite an FTS5 table indexes it, kept in
//! step by triggers, so the application writes only `search_doc`; another engine indexes the
//! same table its own way. Stories already shared are indexed here.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Resource {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LibraryItem {
    Table,
    Id,
    Title,
    Summary,
    Url,
    Areas,
    Tags,
    FileName,
    FileKind,
    FileSize,
    AddedBy,
    SharedFrom,
    FeaturedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LibraryFile {
    Table,
    ItemId,
    Content,
}

#[derive(DeriveIden)]
enum SearchDoc {
    Table,
    Id,
    Kind,
    RefId,
    Title,
    Body,
}

const FTS: &[&str] = &[
    // The kind is indexed too, so one kind's matches are found inside the index.
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, kind, content='search_doc', \
     content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    // A removed text leaves the index at once, not at its next merge.
    "INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1)",
    "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN \
     INSERT INTO search_fts(rowid, title, body, kind) \
     VALUES (new.id, new.title, new.body, new.kind); END",
    "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN \
     INSERT INTO search_fts(search_fts, rowid, title, body, kind) \
     VALUES ('delete', old.id, old.title, old.body, old.kind); END",
    "CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN \
     INSERT INTO search_fts(search_fts, rowid, title, body, kind) \
     VALUES ('delete', old.id, old.title, old.body, old.kind); \
     INSERT INTO search_fts(rowid, title, body, kind) \
     VALUES (new.id, new.title, new.body, new.kind); END",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let id = |c: LibraryItem| {
            ColumnDef::new(c)
                .big_integer()
                .not_null()
                .auto_increment()
                .primary_key()
                .to_owned()
        };
        let optional = |c: LibraryItem| ColumnDef::new(c).big_integer().null().to_owned();
        let required = |c: LibraryItem| ColumnDef::new(c).big_integer().not_null().to_owned();
        let string = |c: LibraryItem, n: u32| ColumnDef::new(c).string_len(n).not_null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(LibraryItem::Table)
                    .col(id(LibraryItem::Id))
                    .col(string(LibraryItem::Title, 200))
                    .col(ColumnDef::new(LibraryItem::Summary).text().not_null())
                    .col(ColumnDef::new(LibraryItem::Url).string_len(2000).null())
                    .col(string(LibraryItem::Areas, 100))
                    .col(string(LibraryItem::Tags, 400))
                    .col(ColumnDef::new(LibraryItem::FileName).string_len(200).null())
                    .col(ColumnDef::new(LibraryItem::FileKind).string_len(8).null())
                    .col(optional(LibraryItem::FileSize))
                    .col(optional(LibraryItem::AddedBy))
                    .col(optional(LibraryItem::SharedFrom))
                    .col(optional(LibraryItem::FeaturedAt))
                    .col(required(LibraryItem::CreatedAt))
                    .col(required(LibraryItem::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LibraryItem::Table, LibraryItem::AddedBy)
                            .to(Person::Table, Person::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(LibraryItem::Table, LibraryItem::SharedFrom)
                            .to(Resource::Table, Resource::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("library_item_one_per_resource")
                    .table(LibraryItem::Table)
                    .col(LibraryItem::SharedFrom)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("library_item_by_time")
                    .table(LibraryItem::Table)
                    .col(LibraryItem::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LibraryFile::Table)
                    .col(
                        ColumnDef::new(LibraryFile::ItemId)
                            .big_integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(LibraryFile::Content).blob().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(LibraryFile::Table, LibraryFile::ItemId)
                            .to(LibraryItem::Table, LibraryItem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SearchDoc::Table)
                    .col(
                        ColumnDef::new(SearchDoc::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(SearchDoc::Kind).string_len(16).not_null())
                    .col(ColumnDef::new(SearchDoc::RefId).big_integer().not_null())
                    .col(ColumnDef::new(SearchDoc::Title).string_len(200).not_null())
                    .col(ColumnDef::new(SearchDoc::Body).text().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("search_doc_one_per_thing")
                    .table(SearchDoc::Table)
                    .col(SearchDoc::Kind)
                    .col(SearchDoc::RefId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            for sql in FTS {
                db.execute_unprepared(sql).await?;
            }
        }
        db.execute_unprepared(
            "INSERT INTO search_doc (kind, ref_id, title, body) \
             SELECT 'story', id, title, body FROM community_story WHERE hidden_at IS NULL",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            manager
                .get_connection()
                .execute_unprepared("DROP TABLE IF EXISTS search_fts")
                .await?;
        }
        for table in [
            SearchDoc::Table.into_iden(),
            LibraryFile::Table.into_iden(),
            LibraryItem::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
