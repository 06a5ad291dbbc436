.class public final Lcom/example/custompins/net/WultraSetup;
.super Ljava/lang/Object;
.source "WultraSetup.kt"


# static fields
.field public static final INSTANCE:Lcom/example/custompins/net/WultraSetup;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Lcom/example/custompins/net/WultraSetup;

    invoke-direct {v0}, Lcom/example/custompins/net/WultraSetup;-><init>()V

    sput-object v0, Lcom/example/custompins/net/WultraSetup;->INSTANCE:Lcom/example/custompins/net/WultraSetup;

    return-void
.end method

.method private constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public final certStore(Landroid/content/Context;)Lcom/wultra/android/sslpinning/CertStore;
    .registers 6

    const-string v0, "context"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    .line 14
    new-instance v0, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;

    .line 15
    new-instance v1, Ljava/net/URL;

    const-string v2, "https://pins.example.com/app/ssl-pinning"

    invoke-direct {v1, v2}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    .line 16
    const-string v2, "BMne5y2T0gOVMq2jDmTr/Ivi6Vb0Vn1jIm3G3mTGpRk="

    const/4 v3, 0x2

    invoke-static {v2, v3}, Landroid/util/Base64;->decode(Ljava/lang/String;I)[B

    move-result-object v2

    const-string v3, "decode(...)"

    invoke-static {v2, v3}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullExpressionValue(Ljava/lang/Object;Ljava/lang/String;)V

    .line 14
    invoke-direct {v0, v1, v2}, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;-><init>(Ljava/net/URL;[B)V

    .line 18
    const/4 v1, 0x2

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    const-string v3, "api.example.com"

    aput-object v3, v1, v2

    const/4 v2, 0x1

    const-string v3, "cdn.example.com"

    aput-object v3, v1, v2

    invoke-virtual {v0, v1}, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;->expectedCommonNames([Ljava/lang/String;)Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;

    move-result-object v0

    .line 19
    invoke-virtual {v0}, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;->build()Lcom/wultra/android/sslpinning/CertStoreConfiguration;

    move-result-object v0

    .line 20
    new-instance v1, Lcom/wultra/android/sslpinning/CertStore;

    invoke-direct {v1, v0, p1}, Lcom/wultra/android/sslpinning/CertStore;-><init>(Lcom/wultra/android/sslpinning/CertStoreConfiguration;Landroid/content/Context;)V

    return-object v1
.end method
