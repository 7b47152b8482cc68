/* Mermaid только тогда, когда схема подходит к экрану.
 *
 * Material рисует каждый `pre.mermaid` глобальным `mermaid` (а если его нет, грузит Mermaid
 * из CDN). Настоящий mermaid.min.js весит 3,5 МБ, и его разбор стоит медленному телефону
 * секунды, хотя схема стоит на несколько экранов ниже начала урока. Этот заместитель
 * принимает вызовы Material — initialize(config) и render(id, text) — и загружает копию
 * с самого сайта (адрес — в data-mermaid) лишь тогда, когда первая схема окажется ближе
 * чем в экране от видимой области. Загруженный скрипт сам становится глобальным `mermaid`.
 */
(() => {
  const source = document.currentScript.dataset.mermaid;
  let options = {};
  let loading = null;

  const load = () => {
    loading ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = source;
      script.onload = () => {
        window.mermaid.initialize(options);
        resolve(window.mermaid);
      };
      script.onerror = () => reject(new Error(`не загрузился ${source}`));
      document.head.append(script);
    });
    return loading;
  };

  const near = new Promise((resolve) => {
    const watcher = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          watcher.disconnect();
          resolve();
        }
      },
      { rootMargin: "100% 0px" },
    );
    document.querySelectorAll("pre.mermaid").forEach((diagram) => watcher.observe(diagram));
  });

  window.mermaid = {
    initialize(config) {
      options = config;
    },
    async render(id, text) {
      await near;
      const mermaid = await load();
      return mermaid.render(id, text);
    },
  };
})();
