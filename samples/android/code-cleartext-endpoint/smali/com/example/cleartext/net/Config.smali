.class public final Lcom/example/cleartext/net/Config;
.super Ljava/lang/Object;
.source "Config.kt"


# static fields
.field public static final INSTANCE:Lcom/example/cleartext/net/Config;

.field public static host:Ljava/lang/String;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Lcom/example/cleartext/net/Config;

    invoke-direct {v0}, Lcom/example/cleartext/net/Config;-><init>()V

    sput-object v0, Lcom/example/cleartext/net/Config;->INSTANCE:Lcom/example/cleartext/net/Config;

    .line 4
    const-string v0, "example.com."

    sput-object v0, Lcom/example/cleartext/net/Config;->host:Ljava/lang/String;

    return-void
.end method

.method private constructor <init>()V
    .registers 1

    .line 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method
