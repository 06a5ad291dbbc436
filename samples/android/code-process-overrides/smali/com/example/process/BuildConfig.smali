.class public final Lcom/example/process/BuildConfig;
.super Ljava/lang/Object;
.source "BuildConfig.java"

# A library module's BuildConfig: DEBUG is not a compile-time constant, so javac reads it with sget-boolean.

# static fields
.field public static final DEBUG:Z


# direct methods
.method static constructor <clinit>()V
    .registers 1

    .line 6
    const-string v0, "false"

    invoke-static {v0}, Ljava/lang/Boolean;->parseBoolean(Ljava/lang/String;)Z

    move-result v0

    sput-boolean v0, Lcom/example/process/BuildConfig;->DEBUG:Z

    return-void
.end method
