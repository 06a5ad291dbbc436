.class public final Lcom/example/custompins/net/Api;
.super Ljava/lang/Object;
.source "Api.java"


# static fields
.field private static final LEGACY_PINS:[Ljava/lang/String;


# direct methods
.method static constructor <clinit>()V
    .registers 2

    .line 16
    const-string v0, "5931f95a238b9da8c08718b174423cda12f2da51"

    const-string v1, "c484ee58dc3f85805120f75c2ec5e9307ea4bb6c"

    filled-new-array {v0, v1}, [Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/example/custompins/net/Api;->LEGACY_PINS:[Ljava/lang/String;

    return-void
.end method

.method public constructor <init>()V
    .registers 1

    .line 14
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static legacyFactory(Landroid/content/Context;)Lorg/thoughtcrime/ssl/pinning/PinningSSLSocketFactory;
    .registers 5
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 27
    new-instance v0, Lorg/thoughtcrime/ssl/pinning/PinningSSLSocketFactory;

    sget-object v1, Lcom/example/custompins/net/Api;->LEGACY_PINS:[Ljava/lang/String;

    const-wide/16 v2, 0x0

    invoke-direct {v0, p0, v1, v2, v3}, Lorg/thoughtcrime/ssl/pinning/PinningSSLSocketFactory;-><init>(Landroid/content/Context;[Ljava/lang/String;J)V

    return-object v0
.end method

.method public static open(Landroid/content/Context;)Ljavax/net/ssl/HttpsURLConnection;
    .registers 4
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation

    .line 21
    const-string v0, "e6f286420cc2762df149d50c684fc0cc211d0535"

    filled-new-array {v0}, [Ljava/lang/String;

    move-result-object v0

    .line 22
    new-instance v1, Ljava/net/URL;

    const-string v2, "https://secure.example.com/api/"

    invoke-direct {v1, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    .line 21
    invoke-static {p0, v0, v1}, Lorg/thoughtcrime/ssl/pinning/util/PinningHelper;->getPinnedHttpsURLConnection(Landroid/content/Context;[Ljava/lang/String;Ljava/net/URL;)Ljavax/net/ssl/HttpsURLConnection;

    move-result-object v0

    return-object v0
.end method

.method public static staleTrustManager(Landroid/content/Context;)Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;
    .registers 7

    .line 32
    new-instance v0, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;

    invoke-static {p0}, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;->getInstance(Landroid/content/Context;)Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

    move-result-object v1

    const/4 v2, 0x2

    new-array v2, v2, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "dba080332feaa4f390d6691c5c8acf725a0a2319"

    aput-object v4, v2, v3

    const/4 v3, 0x1

    const-string v4, "c7cac3e0df60d54ac674bc6fc08b0b8b77898f0"

    aput-object v4, v2, v3

    const-wide v3, 0x19b76daa800L

    invoke-direct {v0, v1, v2, v3, v4}, Lorg/thoughtcrime/ssl/pinning/PinningTrustManager;-><init>(Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;[Ljava/lang/String;J)V

    return-object v0
.end method
