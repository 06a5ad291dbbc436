.class public final Lcom/example/cleartext/net/Http;
.super Ljava/lang/Object;
.source "Http.kt"


# static fields
.field public static final INSTANCE:Lcom/example/cleartext/net/Http;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Lcom/example/cleartext/net/Http;

    invoke-direct {v0}, Lcom/example/cleartext/net/Http;-><init>()V

    sput-object v0, Lcom/example/cleartext/net/Http;->INSTANCE:Lcom/example/cleartext/net/Http;

    return-void
.end method

.method private constructor <init>()V
    .registers 1

    .line 6
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public final get(Ljava/lang/String;)Ljava/io/InputStream;
    .registers 4

    const-string v0, "url"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    .line 8
    new-instance v0, Ljava/net/URL;

    invoke-direct {v0, p1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    invoke-virtual {v0}, Ljava/net/URL;->openStream()Ljava/io/InputStream;

    move-result-object v0

    const-string v1, "URL(url).openStream()"

    invoke-static {v0, v1}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullExpressionValue(Ljava/lang/Object;Ljava/lang/String;)V

    return-object v0
.end method
